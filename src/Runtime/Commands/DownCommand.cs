using System.CommandLine;
using System.Globalization;
using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Manifest;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate down [N] [--to ID]`: rolls back the newest applied migrations, one transaction each, under the lock. Asking
/// for more than is applied is an error, so rolling back everything takes the explicit `--to 0`.
/// </summary>
internal sealed class DownCommand(HostContext host)
{
    public async Task<int> RunAsync(int? count, long? to, CancellationToken cancellationToken)
    {
        RequireOneLimit(host.Manifest, count, to);
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        await RollBackAsync(host, driver, count, to, cancellationToken);
        return 0;
    }

    /// <summary>Rolls back on a prepared database under the lock.</summary>
    public static async Task RollBackAsync(HostContext host, Database.DatabaseDriver driver, int? count, long? to, CancellationToken cancellationToken)
    {
        await using var migrationLock = await DatabaseSession.LockAsync(host, driver, cancellationToken);
        await RollBackLockedAsync(host, driver, count, to, cancellationToken);
    }

    /// <summary>Rolls back while the caller holds the lock (`reset` holds one across its rollback and its re-apply).</summary>
    public static async Task RollBackLockedAsync(HostContext host, Database.DatabaseDriver driver, int? count, long? to, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var (connection, history) = await DatabaseSession.OpenHistoryAsync(host, driver, cancellationToken);
        await using (connection)
        {
            await history.EnsureCreatedAsync(cancellationToken);
            var applied = (await history.AppliedAsync(cancellationToken)).Select(a => a.Id).OrderByDescending(id => id).ToList();
            var rollback = Select(driver.Target, applied, count, to);
            host.Say($"Rolling back {DatabaseSession.Describe(driver.Target)}");
            await HistoryFindings.WarnAsync(host, history, cancellationToken);
            RequireFiles(manifest, rollback);
            var migrations = rollback.Select(id => manifest.Find(id)).OfType<ManifestMigration>().ToList();
            await HookedRun.RunAsync(host, driver, connection, MigrationDirection.Down, migrations, run => RunAsync(host, driver, history, applied, rollback, run, cancellationToken), cancellationToken);
        }
    }

    private static async Task RunAsync(HostContext host, Database.DatabaseDriver driver, HistoryTable history, List<long> applied, IReadOnlyList<long> rollback, MigrationRun run, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        if (rollback.Count == 0)
        {
            host.Say(applied.Count == 0 ? "Nothing to roll back: no migration is applied." : $"Nothing to roll back: the database is at {UpCommand.Describe(manifest, applied[0])}.");
            return;
        }

        using var steps = await MigrationSteps.OpenAsync(host, driver, history, cancellationToken);
        for (var i = 0; i < rollback.Count; i++)
        {
            var id = rollback[i];
            var migration = manifest.Find(id)!;
            var elapsed = await steps.DownAsync(migration, cancellationToken);
            applied.Remove(id);
            host.Say($"  rolled back {MigrateCommandLine.Id(id)}  {migration.Description}  ({elapsed} ms)");
            run.Complete(run.Migrations[i]);
        }

        host.Say(applied.Count == 0 ? "Database has no migration applied." : $"Database is at {UpCommand.Describe(manifest, applied[0])}.");
    }

    private static void RequireOneLimit(BuildManifest manifest, int? count, long? to)
    {
        if (count is not null && to is not null)
        {
            throw new UserError("Give either a number of migrations or --to, not both.", exitCode: 2);
        }

        if (to is { } target and not 0)
        {
            HistoryChecks.RequireKnown(manifest, target);
        }
    }

    /// <summary>The migrations to roll back, newest first, from <paramref name="applied"/> (newest first too).</summary>
    private static List<long> Select(DatabaseTarget target, IReadOnlyList<long> applied, int? count, long? to)
    {
        if (count is { } asked && asked > applied.Count && applied.Count > 0)
        {
            throw new UserError(
                $"Asked to roll back {asked} migrations, but only {applied.Count} {(applied.Count == 1 ? "is" : "are")} applied to {target.Describe()}.",
                $"Run `{target.Command($"down {applied.Count}")}`, or `{target.Command("down --to 0")}` to roll back every migration (all tables and their rows).",
                exitCode: 2);
        }

        return to is { } limit ? applied.Where(id => id > limit).ToList() : applied.Take(count ?? 1).ToList();
    }

    private static void RequireFiles(BuildManifest manifest, IReadOnlyList<long> rollback)
    {
        var missing = rollback.FirstOrDefault(id => manifest.Find(id) is null);
        if (missing != 0)
        {
            throw new UserError($"Migration {MigrateCommandLine.Id(missing)} is applied but this build has no file for it, so it cannot be rolled back.", "Restore its migration file and rebuild.");
        }
    }

    /// <summary>The command line of `migrate down [N] [--to ID]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var down = new Command("down", "Roll back the newest applied migrations (default 1).");
        var count = new Argument<int?>("count") { Description = "How many migrations to roll back.", Arity = ArgumentArity.ZeroOrOne };
        count.Validators.Add(r =>
        {
            // Tokens, not the parsed value: a value that does not parse already has its own error.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var asked) && asked <= 0)
            {
                r.AddError("The number of migrations to roll back must be 1 or more.");
            }
        });
        var to = CommandOptions.Id("--to", "Roll back every migration after this id (it stays applied); --to 0 rolls back every migration.");
        down.Arguments.Add(count);
        down.Options.Add(to);
        down.SetAction((r, ct) => global.RunAsync(host, r, () => new DownCommand(host).RunAsync(r.GetValue(count), r.GetValue(to), ct)));
        return down;
    }
}
