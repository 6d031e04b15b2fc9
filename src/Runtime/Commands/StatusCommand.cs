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
    /// <summary>The exit code when status reports something a person has to act on (README, "migrate status").</summary>
    public const int NeedsAttention = 3;

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
        var findings = HistoryFindings.Of(manifest, applied, tracked);
        var exitCode = findings.Any || manifest.Heads.Count > 1 || manifest.Pending is not null ? NeedsAttention : 0;
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
                editedAfterApply = findings.Edited.Select(m => new { id = m.Id, file = m.File }),
                failedWithoutTransaction = findings.Failed.Select(f => new { id = f.Id, file = f.File }),
                appliedWithoutFile = findings.Unknown.Select(a => a.Id),
                heads = manifest.Heads.Select(h => h.Id),
                uncapturedSchemaChanges = manifest.Pending?.Summary ?? [],
                needsAttention = exitCode == NeedsAttention,
            };
            host.Output.WriteLine(host.Scrub(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true })));
            return exitCode;
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

        findings.Warn(host);
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

        return exitCode;
    }
}
