using System.Globalization;
using System.Text.Json;
using BackendInABox.Cli;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate status [--json]`: where the database is, what is applied and pending, which applied files were edited since,
/// which migration without a transaction stopped midway, and what schema change no migration captures yet.
/// </summary>
internal sealed class StatusCommand(HostContext host)
{
    public async Task<int> RunAsync(bool json, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        var target = driver.Target;
        IReadOnlyList<AppliedMigration> applied = [];
        IReadOnlyList<TrackedFile> tracked = [];
        var connection = await driver.TryOpenAsync(cancellationToken);
        var exists = connection is not null;
        if (connection is not null)
        {
            await using (connection)
            {
                var history = new HistoryTable(target, connection);
                applied = await history.AppliedAsync(cancellationToken);
                tracked = await history.TrackedAsync(cancellationToken);
            }
        }

        var appliedIds = applied.Select(a => a.Id).ToHashSet();
        var pending = manifest.Migrations.Where(m => !appliedIds.Contains(m.Id)).OrderBy(m => m.Id).ToList();
        var edited = tracked
            .Where(t => t.State == HistoryTable.Applied && manifest.Find(t.Id) is { } m && m.Sha256 != t.Sha256)
            .Select(t => manifest.Find(t.Id)!)
            .ToList();
        var failed = tracked
            .Where(t => (t.State == HistoryTable.Started && !appliedIds.Contains(t.Id)) || (t.State == HistoryTable.Reverting && appliedIds.Contains(t.Id)))
            .ToList();
        var unknown = applied.Where(a => manifest.Find(a.Id) is null).ToList();
        var current = applied.Count == 0 ? (long?)null : applied.Max(a => a.Id);

        if (json)
        {
            var document = new
            {
                provider = target.ProviderName,
                database = target.Provider == Configuration.DatabaseProvider.PostgreSql ? target.Database : target.Database,
                address = target.Address,
                source = target.Source,
                exists,
                currentVersion = current,
                applied = applied.Select(a => new { id = a.Id, description = manifest.Find(a.Id)?.Description ?? a.Description, appliedOn = a.AppliedOn, file = manifest.Find(a.Id)?.File }),
                pending = pending.Select(m => new { id = m.Id, description = m.Description, file = m.File }),
                editedAfterApply = edited.Select(m => new { id = m.Id, file = m.File }),
                failedWithoutTransaction = failed.Select(f => new { id = f.Id, file = f.File }),
                appliedWithoutFile = unknown.Select(a => a.Id),
                heads = manifest.Heads.Select(h => h.Id),
                uncapturedSchemaChanges = manifest.Pending?.Summary ?? [],
            };
            host.Say(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        host.Say($"Database:   {DatabaseSession.Describe(target)}{(exists ? string.Empty : " — does not exist yet (run `migrate init`)")}");
        host.Say($"Version:    {(current is { } v ? UpCommand.Describe(manifest, v) : "none (no migration applied)")}");
        host.Say($"Applied ({applied.Count}):");
        foreach (var migration in applied)
        {
            var on = migration.AppliedOn?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?";
            host.Say($"  {MigrateCommandLine.Id(migration.Id)}  {manifest.Find(migration.Id)?.Description ?? migration.Description}  (applied {on} UTC)");
        }

        host.Say($"Pending ({pending.Count}):");
        foreach (var migration in pending)
        {
            host.Say($"  {MigrateCommandLine.Id(migration.Id)}  {migration.Description}  pending");
        }

        foreach (var migration in edited)
        {
            host.Warn($"EDITED: {Path.GetFileName(migration.File)} changed after it was applied (its content hash differs from the one recorded when it ran). Revert the edit and put the change in a new migration.");
        }

        foreach (var file in failed)
        {
            var description = manifest.Find(file.Id)?.Description ?? string.Empty;
            var (went, again) = file.State == HistoryTable.Reverting ? ("down", "down") : ("up", "up");
            host.Warn($"FAILED: {MigrateCommandLine.Id(file.Id)} {description} did not finish going {went}; it runs without a transaction (transaction: false), so the statements before the one that failed or was interrupted are applied. Check {Path.GetFileName(file.File)} against the database, undo or finish its steps by hand, then run `migrate {again}` again.");
        }

        foreach (var migration in unknown)
        {
            host.Warn($"UNKNOWN: {MigrateCommandLine.Id(migration.Id)} is applied but this build has no migration file for it.");
        }

        if (manifest.Heads.Count > 1)
        {
            host.Warn($"HEADS: the migration history has {manifest.Heads.Count} heads; run `dotnet run -- migrate merge`.");
        }

        if (manifest.Pending is { } change)
        {
            host.Say($"Schema:     {change.Summary.Count} change(s) not captured in a migration; run `dotnet run -- migrate generate \"<message>\"`:");
            foreach (var line in change.Summary)
            {
                host.Say("  " + line);
            }
        }
        else
        {
            host.Say("Schema:     matches the migration history.");
        }
        return 0;
    }
}
