using System.Diagnostics;
using BackendInABox.Cli;
using BackendInABox.Database;
using BackendInABox.Manifest;
using BackendInABox.Running;
using FluentMigrator.Infrastructure;

namespace BackendInABox.Commands;

/// <summary>
/// Applies or rolls back one migration at a time on an open history, the same way both directions: its class from the
/// app, the marker of a migration without a transaction, the run, and a failure said as a sentence.
/// </summary>
internal sealed class MigrationSteps : IDisposable
{
    private readonly HostContext _host;
    private readonly DatabaseDriver _driver;
    private readonly HistoryTable _history;
    private readonly FluentRunner _runner;
    private readonly SortedList<long, IMigrationInfo> _classes;

    private MigrationSteps(HostContext host, DatabaseDriver driver, HistoryTable history, string schema)
    {
        _host = host;
        _driver = driver;
        _history = history;
        _runner = FluentRunner.Connected(driver.Target, schema, host.AppAssembly, host.Manifest, DatabaseSession.SqlLog(host));
        _classes = _runner.Runner.MigrationLoader.LoadMigrations();
    }

    /// <summary>Steps whose runner finds its tables in the schema <paramref name="history"/> found them in.</summary>
    public static async Task<MigrationSteps> OpenAsync(HostContext host, DatabaseDriver driver, HistoryTable history, CancellationToken cancellationToken) =>
        new(host, driver, history, await history.SchemaAsync(cancellationToken));

    /// <summary>Applies <paramref name="migration"/>; <paramref name="version"/> is where the database stays if it fails. Returns the milliseconds it took.</summary>
    public Task<long> UpAsync(ManifestMigration migration, long? version, CancellationToken cancellationToken) =>
        // One migration at a time, without MigrateUp's reload of the whole version table after each.
        RunAsync(migration, TrackedFileState.Started, "going up", version, _runner.ApplyUp, cancellationToken);

    /// <summary>Rolls back <paramref name="migration"/>; its version row and file row go inside the same transaction as its down steps.</summary>
    public Task<long> DownAsync(ManifestMigration migration, CancellationToken cancellationToken) =>
        RunAsync(migration, TrackedFileState.Reverting, "going down", migration.Id, _runner.ApplyDown, cancellationToken);

    public void Dispose() => _runner.Dispose();

    private async Task<long> RunAsync(
        ManifestMigration migration,
        TrackedFileState marker,
        string direction,
        long? version,
        Action<IMigrationInfo, ManifestMigration> run,
        CancellationToken cancellationToken)
    {
        if (!_classes.TryGetValue(migration.Id, out var info))
        {
            throw new UserError($"The app has no migration class for {MigrateCommandLine.Id(migration.Id)}.", "Rebuild the app.");
        }

        if (!migration.Transaction)
        {
            // Without a transaction a failure can leave part of it applied: the marker lets `status` say so.
            await _history.MarkAsync(migration.Id, migration.Sha256, migration.File, marker, cancellationToken);
        }

        var output = _host.Json ? _host.ErrorWriter : _host.Output;
        info = new CodeStepMigration(info, _driver.Target.Name, new OutputLogger(output), cancellationToken);
        if (_host.Hooks is { } hooks)
        {
            info = new HookedMigration(info, hooks, new PlannedMigration(migration.Id, migration.Description), _driver.Target.ProviderName, output, cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            run(info, migration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw MigrationFailure.Explain(_host, _driver, migration, direction, _runner.Log.LastStatement, version, e);
        }

        return clock.ElapsedMilliseconds;
    }
}
