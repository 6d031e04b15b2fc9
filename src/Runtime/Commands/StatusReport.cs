using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>
/// Everything `migrate status` reports, gathered once, for the text and the JSON rendering alike.
/// </summary>
/// <param name="Uncaptured">The schema changes no migration captures yet, or null when the schema matches the history.</param>
internal sealed record StatusReport(
    DatabaseTarget Target,
    bool Exists,
    IReadOnlyList<StatusApplied> Applied,
    IReadOnlyList<StatusMigration> Pending,
    HistoryFindings Findings,
    IReadOnlyList<long> Heads,
    IReadOnlyList<string>? Uncaptured)
{
    public long? CurrentVersion => Applied.Count == 0 ? null : Applied.Max(a => a.Id);

    public bool NeedsAttention => Findings.Any || Heads.Count > 1 || Uncaptured is not null;

    /// <summary>A database that does not exist yet is reported as such, not created.</summary>
    public static async Task<StatusReport> GatherAsync(HostContext host, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        IReadOnlyList<AppliedMigration> applied = [];
        IReadOnlyList<TrackedFile> tracked = [];
        var connection = await driver.TryOpenAsync(cancellationToken);
        if (connection is not null)
        {
            await using (connection)
            {
                var history = new HistoryTable(driver.Target, connection);
                applied = await history.AppliedAsync(cancellationToken);
                tracked = await history.TrackedAsync(cancellationToken);
            }
        }

        var appliedIds = applied.Select(a => a.Id).ToHashSet();
        return new StatusReport(
            driver.Target,
            connection is not null,
            [.. applied.Select(a => new StatusApplied(a.Id, manifest.Find(a.Id)?.Description ?? a.Description, a.AppliedOn, manifest.Find(a.Id)?.File))],
            [.. manifest.Migrations.Where(m => !appliedIds.Contains(m.Id)).OrderBy(m => m.Id).Select(m => new StatusMigration(m.Id, m.Description, m.File))],
            HistoryFindings.Of(manifest, applied, tracked),
            [.. manifest.Heads.Select(h => h.Id)],
            manifest.Pending?.Summary);
    }
}

/// <summary>An applied migration, described by this build's file when it has one, else by the database's record.</summary>
internal sealed record StatusApplied(long Id, string? Description, DateTime? AppliedOn, string? File);

/// <summary>A migration of this build that the database has not applied.</summary>
internal sealed record StatusMigration(long Id, string Description, string File);
