using System.CommandLine;
using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>`migrate up [--to ID] [--backup DIR]`: applies pending migrations, each in its own transaction, under the migration lock.</summary>
internal sealed class UpCommand(HostContext host)
{
    public async Task<int> RunAsync(long? to, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        HistoryChecks.RequireUsable(host, manifest);
        if (to is { } target)
        {
            HistoryChecks.RequireKnown(manifest, target);
        }

        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        if (driver.Target.Provider == DatabaseProvider.Sqlite && await driver.CreateIfMissingAsync(cancellationToken))
        {
            host.Say($"Created the SQLite database {driver.Target.Database}");
        }

        await ApplyAsync(host, driver, to, cancellationToken);
        if (manifest.Pending is { } pending)
        {
            host.Warn($"Note: the schema has {pending.Summary.Count} change(s) no migration captures yet (`migrate status` lists them). Run `{host.Suggest("generate \"<message>\"")}`.");
        }

        return 0;
    }

    public static async Task ApplyAsync(HostContext host, Database.DatabaseDriver driver, long? to, CancellationToken cancellationToken)
    {
        await using var migrationLock = await DatabaseSession.LockAsync(host, driver, cancellationToken);
        await ApplyLockedAsync(host, driver, to, cancellationToken);
    }

    /// <summary>Applies while the caller holds the lock (`reset`, between its rollback and its re-apply, keeps it).</summary>
    public static async Task ApplyLockedAsync(HostContext host, Database.DatabaseDriver driver, long? to, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var (connection, history) = await DatabaseSession.OpenHistoryAsync(host, driver, cancellationToken);
        await using (connection)
        {
            await history.EnsureCreatedAsync(cancellationToken);

            // Read after taking the lock: another runner may have applied migrations while this one waited.
            var applied = (await history.AppliedAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
            RefuseUnknown(host, driver, applied);
            var pending = manifest.Migrations.Where(m => !applied.Contains(m.Id) && (to is null || m.Id <= to)).OrderBy(m => m.Id).ToList();
            host.Say($"Migrating {DatabaseSession.Describe(driver.Target)}");
            await HistoryFindings.WarnAsync(host, history, cancellationToken);
            await DataLossBackup.BeforeAsync(host, driver, pending, nothingApplied: applied.Count == 0, cancellationToken);
            await HookedRun.RunAsync(host, driver, connection, MigrationDirection.Up, pending, run => RunAsync(host, driver, history, pending, applied, run, cancellationToken), cancellationToken);
        }
    }

    private static async Task RunAsync(HostContext host, Database.DatabaseDriver driver, HistoryTable history, IReadOnlyList<Manifest.ManifestMigration> pending, HashSet<long> applied, MigrationRun run, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        if (pending.Count == 0)
        {
            host.Say(applied.Count == 0 ? "Nothing to apply: there are no migrations." : $"Nothing to apply: the database is at {Describe(manifest, applied.Max())}.");
            return;
        }

        using var steps = await MigrationSteps.OpenAsync(host, driver, history, cancellationToken);
        for (var i = 0; i < pending.Count; i++)
        {
            var migration = pending[i];
            cancellationToken.ThrowIfCancellationRequested();
            var elapsed = await steps.UpAsync(migration, applied.Count == 0 ? null : applied.Max(), cancellationToken);
            host.Say($"  applied {MigrateCommandLine.Id(migration.Id)}  {migration.Description}  ({elapsed} ms)");
            applied.Add(migration.Id);
            run.Complete(run.Migrations[i]);
        }

        // The newest applied, not the last applied: after a merge an older migration can be the last to run.
        host.Say($"Database is at {Describe(manifest, applied.Max())}.");
    }

    /// <summary>
    /// A database that has applied migrations this app has never heard of belongs to another history (another app, or a
    /// build from another branch): migrating it would mix two schemas.
    /// </summary>
    private static void RefuseUnknown(HostContext host, Database.DatabaseDriver driver, IReadOnlySet<long> applied)
    {
        var unknown = applied.Where(id => host.Manifest.Find(id) is null).Order().ToList();
        if (unknown.Count == 0 || host.AllowUnknown)
        {
            return;
        }

        var listed = string.Join(", ", unknown.Take(10).Select(MigrateCommandLine.Id)) + (unknown.Count > 10 ? $" and {unknown.Count - 10} more" : string.Empty);
        throw new UserError(
            $"{driver.Target.Describe()} has {unknown.Count} applied migration(s) this app does not know: {listed}. It may belong to another app or to a build of another branch.",
            $"Check the connection (`{host.Command("status")}` lists them). If the database is shared on purpose, run `{host.Command("up --allow-unknown")}`; if those files are missing from this build, restore them and rebuild.");
    }

    public static string Describe(Manifest.BuildManifest manifest, long version) =>
        manifest.Find(version) is { } migration ? $"{MigrateCommandLine.Id(version)} ({migration.Description})" : MigrateCommandLine.Id(version);

    /// <summary>The command line of `migrate up [--to ID] [--allow-unknown] [--backup DIR]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var up = new Command("up", "Apply the pending migrations.");
        var to = CommandOptions.Id("--to", "Apply migrations up to and including this id.");
        var allowUnknown = CommandOptions.AllowUnknown();
        var backup = new Option<string?>("--backup")
        {
            Description = "Before a run that can lose data, write a backup into this folder (PostgreSQL: pg_dump -Fc; SQLite: a copy of the file).",
            HelpName = "folder",
        };
        up.Options.Add(to);
        up.Options.Add(allowUnknown);
        up.Options.Add(backup);
        up.SetAction((r, ct) =>
        {
            host.AllowUnknown = r.GetValue(allowUnknown);
            host.BackupDirectory = r.GetValue(backup);
            return global.RunEachAsync(host, r, untilFailure: true, database => new UpCommand(database).RunAsync(r.GetValue(to), ct));
        });
        return up;
    }
}
