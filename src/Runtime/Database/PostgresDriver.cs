using System.Data.Common;
using System.Net.Sockets;
using BackendInABox.Configuration;
using Npgsql;

namespace BackendInABox.Database;

internal sealed class PostgresDriver(DatabaseTarget target) : DatabaseDriver(target)
{
    /// <summary>Each database of the app has its own key, so two that share one server database migrate independently.</summary>
    private long LockKey => Shared.RunnerTables.LockKeyOf(Target.Name);

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(Target.ConnectionString, cancellationToken);

    public override async Task<DbConnection?> TryOpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(cancellationToken);
        }
        catch (UserError e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName })
        {
            return null;
        }
    }

    public override async Task<bool> IsReachableAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(Target.ConnectionString)
        {
            Timeout = Math.Max(1, Math.Min((int)Math.Ceiling(timeout.TotalSeconds), new NpgsqlConnectionStringBuilder(Target.ConnectionString).Timeout)),
            Pooling = false,
        };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            // The server answered: it is up, and the command reports the rest.
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.CannotConnectNow)
        {
            return false;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    public override async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", Target.Database);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public override async Task<bool> CreateIfMissingAsync(CancellationToken cancellationToken)
    {
        if (await ExistsAsync(cancellationToken))
        {
            return false;
        }

        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        var name = new NpgsqlCommandBuilder().QuoteIdentifier(Target.Database);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another runner created it first: 42P04 when its CREATE DATABASE had committed, 23505 on pg_database's
            // unique index when both were still running.
            return false;
        }
        catch (PostgresException e)
        {
            throw new UserError(
                $"Cannot create the database \"{Target.Database}\" at {Target.Host}:{Target.Port}: {Target.Scrub(e.MessageText)}.",
                $"Create it as a user who may (CREATE DATABASE {name} OWNER <the app's user>), then run `{Target.Command("up")}`; or give this user CREATEDB.",
                inner: e);
        }

        return true;
    }

    public override async Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken)
    {
        // Its own unpooled connection: the session lock lives exactly as long as this connection, and a killed
        // runner's lock ends with its session.
        var connection = await OpenAsync(new NpgsqlConnectionStringBuilder(Target.ConnectionString) { Pooling = false }.ConnectionString, cancellationToken);
        await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection))
        {
            if (await tryLock.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Lock(connection, LockKey);
            }
        }

        waiting();
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection) { CommandTimeout = 0 })
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        return new Lock(connection, LockKey);
    }

    private Task<NpgsqlConnection> OpenMaintenanceAsync(CancellationToken cancellationToken) =>
        OpenAsync(new NpgsqlConnectionStringBuilder(Target.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString, cancellationToken);

    private async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw Explain(e);
        }
    }

    /// <summary>Connection failures as one sentence that names host and port, never the password.</summary>
    public UserError Explain(Exception e)
    {
        var at = $"{Target.Host}:{Target.Port}";
        return e switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                new UserError($"The database \"{Target.Database}\" does not exist at {at}.", $"Run `{Target.Suggest("init")}` to create it.", inner: e),
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                new UserError($"The database at {at} refused the login: password authentication failed for user \"{new NpgsqlConnectionStringBuilder(Target.ConnectionString).Username}\".", Target.Scrub(pg.MessageText), inner: e),
            PostgresException pg => new UserError($"The database at {at} refused the connection: {Target.Scrub(pg.MessageText)}", inner: e),
            _ => new UserError($"Cannot connect to the database at {at}: {Target.Scrub(Innermost(e).Message)}", "Check that the server is running and the host and port are right; `--wait 60` waits for a server that is starting.", inner: e),
        };
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private sealed class Lock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", connection);
                await unlock.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // Closing the session below releases the lock too.
            }

            await connection.DisposeAsync();
        }
    }
}
