using System.Data.Common;
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
            await new DatabaseWait(TimeProvider.System, host.Say).UntilReachableAsync(driver.IsReachableAsync, driver.Target.Address, seconds, cancellationToken);
        }

        return driver;
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
