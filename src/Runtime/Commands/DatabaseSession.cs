using System.Data.Common;
using System.Diagnostics;
using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Database;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>Getting to the database: wait for it if asked, connect, and take the migration lock.</summary>
internal static class DatabaseSession
{
    public static async Task<DatabaseDriver> PrepareAsync(HostContext host, CancellationToken cancellationToken)
    {
        var target = host.ResolveTarget();
        var driver = DatabaseDriver.For(target);
        if (target.Source.StartsWith("default", StringComparison.Ordinal))
        {
            host.Say(Shared.RunnerTables.IsDefault(target.Name)
                ? $"{(target.Labelled ? "default: no" : "No")} database configured (--connection, DATABASE_URL or ConnectionStrings:Default/DefaultConnection): using the SQLite file {target.Database} ({target.Placement})"
                : $"{target.Name}: no database configured (--connection, {Configuration.ConnectionSettings.For(null).ForDatabase(target.Name, true).UrlVariable} or ConnectionStrings:{target.Name}): using the SQLite file {target.Database} ({target.Placement})");
        }
        else if (target.Placement is { } placement)
        {
            host.Say($"{(target.Labelled ? target.Name + ": the" : "The")} relative SQLite path from {target.Source} is taken {placement}: {target.Database}");
        }

        if (host.WaitSeconds is { } seconds)
        {
            await WaitAsync(host, driver, seconds, cancellationToken);
        }

        return driver;
    }

    /// <summary>Retries with backoff, one line per try, until the database accepts connections or the time is up.</summary>
    private static async Task WaitAsync(HostContext host, DatabaseDriver driver, int seconds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            var remaining = limit - clock.Elapsed;
            if (await driver.IsReachableAsync(remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1), cancellationToken))
            {
                host.Say($"Database is ready at {driver.Target.Address}.");
                return;
            }

            remaining = limit - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new UserError($"database not reachable at {driver.Target.Address} after {seconds} s", "Check that the server is running and the host and port are right.");
            }

            host.Say($"Waiting for database at {driver.Target.Address}... ({(int)clock.Elapsed.TotalSeconds} s of {seconds} s)");
            await Task.Delay(delay < remaining ? delay : remaining, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
        }
    }

    public static Task<IAsyncDisposable> LockAsync(HostContext host, DatabaseDriver driver, CancellationToken cancellationToken) =>
        driver.LockAsync(() => host.Say("Another migration runner is working on this database; waiting for it to finish..."), cancellationToken);

    public static async Task<(DbConnection Connection, HistoryTable History)> OpenHistoryAsync(HostContext host, DatabaseDriver driver, CancellationToken cancellationToken)
    {
        var connection = await driver.OpenAsync(cancellationToken);
        return (connection, new HistoryTable(driver.Target, connection, SqlLog(host)));
    }

    /// <summary>Keeps the statement running so a failure can name it; with --verbose each is shown as it runs.</summary>
    public static SqlLog SqlLog(HostContext host) => new(host.Verbose ? sql => host.Say("    " + sql) : null);

    public static string Describe(DatabaseTarget target) => $"{target.Describe()} (from {target.Source})";
}
