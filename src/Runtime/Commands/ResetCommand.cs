using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Database;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate reset [--force]` (development only): rolls back every applied migration, then applies them all again, on
/// both dialects the same way (so the app's down steps and hooks run as they would). It prints the tables that went
/// with their row counts. A database that is not SQLite or on this machine needs --force; Production never resets.
/// </summary>
internal sealed class ResetCommand(HostContext host)
{
    private static readonly string[] EnvironmentVariables = ["ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];
    private static readonly string[] LocalHosts = ["localhost", "127.0.0.1", "::1", "[::1]"];

    public async Task<int> RunAsync(bool force, CancellationToken cancellationToken)
    {
        RefuseProduction();
        HistoryChecks.RequireUsable(host, host.Manifest);
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        RefuseRemote(driver.Target, force);
        var exists = await driver.ExistsAsync(cancellationToken);
        if (!exists && driver.Target.Provider == DatabaseProvider.Sqlite && await driver.CreateIfMissingAsync(cancellationToken))
        {
            host.Say($"Created the SQLite database {driver.Target.Database}");
        }

        // One lock across both halves: released in between, another runner's `up` could apply migrations between
        // the rollback and the re-apply, and the reset would report a database it did not make.
        await using var migrationLock = await DatabaseSession.LockAsync(host, driver, cancellationToken);
        if (exists)
        {
            // Another database of the app sharing the connection keeps its tables, and they are not this one's to list.
            var others = host.Owner.TablesOfOthers(host.Manifest);
            var before = (await TablesAsync(driver, cancellationToken)).Where(t => !others.Contains(t.Name)).ToList();
            await DownCommand.RollBackLockedAsync(host, driver, null, 0, cancellationToken);
            var after = (await TablesAsync(driver, cancellationToken)).Select(t => t.Name).Where(t => !others.Contains(t)).ToHashSet(StringComparer.Ordinal);
            var dropped = before.Where(t => !after.Contains(t.Name)).ToList();
            host.Say(dropped.Count == 0
                ? "Dropped no table."
                : $"Dropped {dropped.Count} table(s) and their rows: {string.Join(", ", dropped.Select(t => $"{t.Name} ({t.Rows.ToString(CultureInfo.InvariantCulture)} row{(t.Rows == 1 ? string.Empty : "s")})"))}.");
            if (after.Count > 0)
            {
                host.Say($"Kept {after.Count} table(s) no migration created: {string.Join(", ", after.Order(StringComparer.Ordinal))}.");
            }
        }

        await UpCommand.ApplyLockedAsync(host, driver, null, cancellationToken);
        return 0;
    }

    private void RefuseProduction()
    {
        foreach (var name in EnvironmentVariables)
        {
            if (host.Environment.TryGetValue(name, out var value) && string.Equals(value?.Trim(), "Production", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserError(
                    $"`migrate reset` deletes every table's rows and never runs in Production ({name}=Production), not even with --force.",
                    $"To undo migrations there, use `{host.Command("down")}` (after `{host.Command("script --down")}` to review it).",
                    exitCode: 2);
            }
        }
    }

    /// <summary>A database on another machine is most often a shared one; resetting it takes saying so.</summary>
    private static void RefuseRemote(DatabaseTarget target, bool force)
    {
        var local = target.Provider == DatabaseProvider.Sqlite
            || target.Host.StartsWith('/')
            || LocalHosts.Contains(target.Host, StringComparer.OrdinalIgnoreCase);
        if (!local && !force)
        {
            throw new UserError(
                $"`migrate reset` would delete every table's rows in {target.Describe()}, which is not on this machine (localhost, 127.0.0.1 or ::1).",
                $"It is meant for a development database. If this one may lose all its data, run `{target.Command("reset --force")}`.",
                exitCode: 2);
        }
    }

    private static async Task<List<(string Name, long Rows)>> TablesAsync(DatabaseDriver driver, CancellationToken cancellationToken)
    {
        await using var connection = await driver.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = driver.Target.Provider == DatabaseProvider.PostgreSql
                ? "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<(string Name, long Rows)>();
        foreach (var name in names.Where(n => !Shared.RunnerTables.Contains(n)))
        {
            tables.Add((name, await CountAsync(connection, name, cancellationToken)));
        }

        return tables;
    }

    private static async Task<long> CountAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The command line of `migrate reset [--force]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var reset = new Command("reset", "Development only: roll back every migration and apply them all again (every table's rows are lost).");
        var force = new Option<bool>("--force") { Description = "Reset a PostgreSQL database that is not on localhost (never in Production)." };
        reset.Options.Add(force);
        reset.SetAction((r, ct) => global.RunAsync(host, r, () => new ResetCommand(host).RunAsync(r.GetValue(force), ct)));
        return reset;
    }
}
