using System.CommandLine;
using System.Text;
using BackendInABox.Cli;
using BackendInABox.Manifest;
using BackendInABox.Running;
using FluentMigrator.Runner.Versioning;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate script [--from ID] [--to ID] [--down] [--output FILE]`: the SQL `up` (or `down`) would run, with its
/// transaction boundaries, written by FluentMigrator without a connection, so the database is never touched.
/// </summary>
internal sealed class ScriptCommand(HostContext host)
{
    public async Task<int> RunAsync(long? from, long? to, bool down, FileInfo? output, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        HistoryChecks.RequireUsable(host, manifest);
        foreach (var id in new[] { from, to }.OfType<long>())
        {
            HistoryChecks.RequireKnown(manifest, id);
        }

        var (applied, hasVersionTable) = await AppliedAsync(from, cancellationToken);
        var ordered = manifest.Migrations.OrderBy(m => m.Id).ToList();
        var selected = down
            ? ordered.Where(m => applied.Contains(m.Id)).OrderByDescending(m => m.Id).TakeWhile((m, i) => to is null ? i == 0 : m.Id > to).ToList()
            : ordered.Where(m => !applied.Contains(m.Id) && (to is null || m.Id <= to)).ToList();

        var target = host.ResolveTarget();
        var text = new StringBuilder()
            .Append("-- Backend-in-a-Box: ").Append(down ? "rolling back" : "migrating").Append(' ').Append(target.ProviderName).Append('\n');
        if (selected.Count == 0)
        {
            text.Append("-- nothing to ").Append(down ? "roll back" : "apply").Append('\n');
        }
        else
        {
            text.Append("-- the runner's record of each migration file's hash\n").Append(HistoryTable.CreateFilesTableSql(manifest.Database)).Append(";\n");
            if (!hasVersionTable)
            {
                text.Append("-- FluentMigrator's version table, where each migration's row goes\n");
                foreach (var statement in VersionTableSetup())
                {
                    text.Append(statement.TrimEnd(';')).Append(";\n");
                }
            }
        }

        foreach (var migration in selected)
        {
            // As the runner does it: SQLite's table rebuild runs with foreign keys off, which cannot be set inside a transaction.
            var foreignKeysOff = FluentRunner.TurnsForeignKeysOff(target.Provider, migration);
            text.Append('\n').Append("-- ").Append(MigrateCommandLine.Id(migration.Id)).Append(": ").Append(migration.Description).Append('\n');
            if (foreignKeysOff)
            {
                text.Append(FluentRunner.ForeignKeysOff).Append(";\n");
            }

            text.Append(migration.Transaction ? "BEGIN;\n" : "-- (runs without a transaction)\n");
            foreach (var statement in Statements(migration, ordered, down))
            {
                text.Append(statement.IsComment ? statement.Text : statement.Text.TrimEnd(';') + ";").Append('\n');
            }

            if (migration.Transaction)
            {
                text.Append("COMMIT;\n");
            }

            if (foreignKeysOff)
            {
                text.Append(FluentRunner.ForeignKeysOn).Append(";\n");
            }
        }

        if (output is not null)
        {
            try
            {
                await File.WriteAllTextAsync(output.FullName, text.ToString(), cancellationToken);
            }
            catch (Exception e) when (FileErrors.Is(e))
            {
                throw FileErrors.Explain("write the SQL to", output.FullName, e, "Choose an --output path in a folder that exists and that this user may write to.");
            }

            host.Warn($"Wrote the SQL of {selected.Count} migration(s) to {output.FullName}");
        }
        else
        {
            await host.Output.WriteAsync(text.ToString());
        }

        var codeSteps = selected.SelectMany(m => down ? m.DownCodeSteps : m.UpCodeSteps).ToList();
        if (codeSteps.Count == 0)
        {
            return 0;
        }

        host.Warn($"warning: the script leaves out {codeSteps.Count} code step(s) ({string.Join(", ", codeSteps)}): they are C#, which SQL cannot express; each has a comment in its place. Run those migrations with `{host.Command(down ? "down" : "up")}`.");
        return CodeStepsLeftOut;
    }

    /// <summary>The exit code of a script that lacks code steps, so that a pipeline that applies scripts notices.</summary>
    public const int CodeStepsLeftOut = 3;

    /// <summary>
    /// Which migrations count as applied (everything up to --from, else what the database says when it can be read),
    /// and whether the database has FluentMigrator's version table already (with --from it is taken to).
    /// </summary>
    private async Task<(HashSet<long> Applied, bool HasVersionTable)> AppliedAsync(long? from, CancellationToken cancellationToken)
    {
        if (from is { } start)
        {
            return (host.Manifest.Migrations.Where(m => m.Id <= start).Select(m => m.Id).ToHashSet(), true);
        }

        var driver = Database.DatabaseDriver.For(host.ResolveTarget());
        if (!await driver.IsReachableAsync(TimeSpan.FromSeconds(5), cancellationToken))
        {
            host.Warn($"Note: {driver.Target.Describe()} cannot be reached; scripting as if no migration were applied (--from ID says where to start).");
            return ([], false);
        }

        if (!await driver.ExistsAsync(cancellationToken))
        {
            host.Warn($"Note: {driver.Target.Describe()} does not exist yet; scripting every migration, as for an empty database.");
            return ([], false);
        }

        var (connection, history) = await DatabaseSession.OpenHistoryAsync(host, driver, cancellationToken);
        await using (connection)
        {
            return ((await history.AppliedAsync(cancellationToken)).Select(a => a.Id).ToHashSet(), await history.VersionTableExistsAsync(cancellationToken));
        }
    }

    /// <summary>What FluentMigrator runs to create its version table in a database that has none, in its order.</summary>
    private List<string> VersionTableSetup()
    {
        var statements = new List<string>();
        using var runner = FluentRunner.Connectionless(host.ResolveTarget().Provider, host.AppAssembly, host.Manifest, new SqlLog(statements.Add), 0);
        var metadata = ((FluentMigrator.Runner.MigrationRunner)runner.Runner).VersionLoader.GetVersionTableMetaData();
        runner.Runner.Up(new VersionMigration(metadata));
        runner.Runner.Up(new VersionUniqueMigration(metadata));
        runner.Runner.Up(new VersionDescriptionMigration(metadata));
        return statements;
    }

    private List<ScriptLine> Statements(ManifestMigration migration, List<ManifestMigration> ordered, bool down)
    {
        var statements = new List<ScriptLine>();
        var codeSteps = new Queue<string>(down ? migration.DownCodeSteps : migration.UpCodeSteps);
        var log = new SqlLog(sql =>
        {
            // FluentMigrator's own version-table setup, which it re-plans without a connection.
            if (!(sql.Contains(Shared.RunnerTables.VersionsOf(host.Manifest.Database), StringComparison.Ordinal) && !sql.StartsWith("INSERT", StringComparison.Ordinal) && !sql.StartsWith("DELETE", StringComparison.Ordinal)))
            {
                statements.Add(new ScriptLine(sql, IsComment: false));
            }
        })
        {
            OnOperation = () => statements.Add(new ScriptLine(
                $"-- code step {(codeSteps.TryDequeue(out var name) ? name : "(unknown)")}: C#, not in this script (it runs under `{host.Command(down ? "down" : "up")}`)",
                IsComment: true)),
        };

        // Without a connection FluentMigrator takes every migration before its start version as applied.
        var provider = host.ResolveTarget().Provider;
        if (down)
        {
            using var runner = FluentRunner.Connectionless(provider, host.AppAssembly, host.Manifest, log, migration.Id + 1);
            var previous = ordered.Where(m => m.Id < migration.Id).Select(m => m.Id).DefaultIfEmpty(0).Max();
            runner.Runner.MigrateDown(previous);
        }
        else
        {
            using var runner = FluentRunner.Connectionless(provider, host.AppAssembly, host.Manifest, log, migration.Id);
            runner.Runner.MigrateUp(migration.Id);
        }

        return statements;
    }

    private sealed record ScriptLine(string Text, bool IsComment);

    /// <summary>The command line of `migrate script [--from ID] [--to ID] [--down] [--output FILE]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var script = new Command("script", "Write the SQL that up (or down) would run, without running it.");
        var from = CommandOptions.Id("--from", "Start after this id (default: the database's current version, or the beginning).");
        var to = CommandOptions.Id("--to", "Stop at this id.");
        var down = new Option<bool>("--down") { Description = "Script rolling back instead (default: the newest migration)." };
        var output = new Option<FileInfo?>("--output") { Description = "Write the SQL to this file instead of standard output." };
        script.Options.Add(from);
        script.Options.Add(to);
        script.Options.Add(down);
        script.Options.Add(output);
        script.SetAction((r, ct) => global.RunAsync(host, r, () => new ScriptCommand(host).RunAsync(r.GetValue(from), r.GetValue(to), r.GetValue(down), r.GetValue(output), ct)));
        return script;
    }
}
