using Npgsql;

namespace BackendInABox.Package.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server from BIAB_TEST_POSTGRES (a superuser's Npgsql connection string). Unreachable is a
/// failure, never a skip.
/// </summary>
internal static class PostgresServer
{
    private const string HowToRun =
        "Run the tests with `bash scripts/test.sh` (it starts a throwaway cluster), or start one with " +
        "`bash scripts/pg-cluster.sh start /tmp/pg 55432 secret` and export " +
        "BIAB_TEST_POSTGRES=\"Host=127.0.0.1;Port=55432;Username=postgres;Password=secret\".";

    private static readonly Lazy<Task<string>> Admin = new(ConnectAsync);

    /// <summary>A database name of the test's own that does not exist yet (`migrate init` creates it); dropped on dispose.</summary>
    public static async Task<PostgresDatabase> ReserveDatabaseAsync()
    {
        var admin = await Admin.Value;
        var name = "biab_pkg_" + Guid.NewGuid().ToString("N")[..16];
        return new PostgresDatabase(name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, admin);
    }

    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var database = await ReserveDatabaseAsync();
        await using var connection = new NpgsqlConnection(await Admin.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    private static async Task<string> ConnectAsync()
    {
        var configured = Environment.GetEnvironmentVariable("BIAB_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException("BIAB_TEST_POSTGRES is not set; these tests need a real PostgreSQL. " + HowToRun);
        }

        var builder = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false, Timeout = 5 };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL from BIAB_TEST_POSTGRES is not reachable at {builder.Host}:{builder.Port}: {e.Message}. {HowToRun}", e);
        }

        return builder.ConnectionString;
    }
}
