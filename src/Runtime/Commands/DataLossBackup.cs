using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Database;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

/// <summary>
/// Before `up` runs migrations that can lose data (what the build found in them: dropped tables and columns,
/// narrowing type changes, removed enum values): with `--backup DIR` a backup first, else a note on how to take one.
/// A database with no migration applied has nothing to lose: whatever the run drops, the same run created, so a new
/// user's first `up` (or a reset's re-apply) is not warned about data it cannot hold.
/// </summary>
internal static class DataLossBackup
{
    public static async Task BeforeAsync(HostContext host, DatabaseDriver driver, IReadOnlyList<ManifestMigration> pending, bool nothingApplied, CancellationToken cancellationToken)
    {
        var losing = pending.Where(m => m.LosesData).ToList();
        if (losing.Count == 0 || nothingApplied)
        {
            if (host.BackupDirectory is not null && pending.Count > 0)
            {
                host.Say(losing.Count == 0
                    ? "No pending migration can lose data: no backup written."
                    : "No migration is applied yet, so what the pending run drops it creates first: no backup written.");
            }

            return;
        }

        var risks = losing.SelectMany(m => m.DataLoss.Select(loss => $"  ! {MigrateCommandLine.Id(m.Id)} ({m.Description}) {loss}"));
        if (host.BackupDirectory is not { } directory)
        {
            host.Warn("WARNING: the pending run can lose data:\n" + string.Join("\n", risks));
            host.Warn($"To back the database up first, run `{host.Suggest("up --backup <folder>")}` (PostgreSQL: needs pg_dump on the PATH; SQLite: a copy of the file).");
            return;
        }

        string? pgDump = null;
        if (driver.Target.Provider == DatabaseProvider.PostgreSql && (pgDump = DatabaseBackup.FindPgDump(host.Environment)) is null)
        {
            throw new UserError(
                "--backup needs pg_dump, and there is none on the PATH; no migration ran.",
                $"Install the PostgreSQL client tools (e.g. apt-get install postgresql-client, of the server's major version or newer), or back up another way and run `{host.Command("up")}` without --backup.");
        }

        host.Say("The pending run can lose data:\n" + string.Join("\n", risks));
        var file = await DatabaseBackup.WriteAsync(driver.Target, directory, pgDump, cancellationToken);
        host.Say(driver.Target.Provider == DatabaseProvider.PostgreSql
            ? $"Backed up the database to {file} (restore: pg_restore --clean --if-exists -d <database> {file})"
            : $"Backed up the database to {file} (restore: copy it back over {driver.Target.Database} while the app is stopped)");
    }
}
