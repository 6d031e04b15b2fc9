using Npgsql;

namespace BackendInABox.Tests.Shared;

/// <summary>
/// The PostgreSQL server the runtime and package tests run against, from BIAB_TEST_POSTGRES (a superuser's Npgsql
/// connection string). Unreachable is a failure, never a skip: these tests are the product's safety proof.
/// </summary>
internal static class PostgresServer
{
    private const string HowToRun =
        "Run the tests with `bash scripts/test.sh` (it starts a throwaway cluster), or start one with " +
        "`bash scripts/pg-cluster.sh start /tmp/pg 55432 secret` and export " +
        "BIAB_TEST_POSTGRES=\"Host=127.0.0.1;Port=55432;Username=postgres;Password=secret\".";

    private static readonly Lazy<Task<string>> Admin = new(ConnectAsync);

    /// <summary>The superuser connection string, checked once to reach the server.</summary>
    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var database = await ReserveDatabaseAsync();
        await AdminExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A database name of the test's own that does not exist yet (for `migrate init`); dropped afterwards if created.</summary>
    public static async Task<PostgresDatabase> ReserveDatabaseAsync()
    {
        var admin = await AdminConnectionStringAsync();
        var name = "biab_test_" + Guid.NewGuid().ToString("N")[..16];
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new PostgresDatabase(name, builder.ConnectionString, admin);
    }

    public static async Task AdminExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
            var required = Environment.GetEnvironmentVariable("BIAB_REQUIRE_POSTGRES") == "1" ? " (BIAB_REQUIRE_POSTGRES=1)" : string.Empty;
            throw new InvalidOperationException(
                $"PostgreSQL from BIAB_TEST_POSTGRES is not reachable at {builder.Host}:{builder.Port}{required}: {e.Message}. {HowToRun}", e);
        }

        return builder.ConnectionString;
    }
}
