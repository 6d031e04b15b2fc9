using BackendInABox.Cli;
using BackendInABox.Manifest;
using BackendInABox.Running;

namespace BackendInABox.Commands;

/// <summary>
/// What in a database's history needs a person: applied files edited since they ran, migrations without a transaction
/// that stopped midway, and applied migrations this build has no file for. `status` lists them and exits 3; `up` and
/// `down` print them too, so a run that has nothing to do does not hide them.
/// </summary>
internal sealed record HistoryFindings(
    IReadOnlyList<ManifestMigration> Edited,
    IReadOnlyList<TrackedFile> Failed,
    IReadOnlyList<AppliedMigration> Unknown)
{
    public bool Any => Edited.Count > 0 || Failed.Count > 0 || Unknown.Count > 0;

    public static HistoryFindings Of(BuildManifest manifest, IReadOnlyList<AppliedMigration> applied, IReadOnlyList<TrackedFile> tracked)
    {
        var appliedIds = applied.Select(a => a.Id).ToHashSet();
        var edited = tracked
            .Where(t => t.State == TrackedFileState.Applied && manifest.Find(t.Id) is { } m && m.Sha256 != t.Sha256)
            .Select(t => manifest.Find(t.Id)!)
            .ToList();
        var failed = tracked
            .Where(t => (t.State == TrackedFileState.Started && !appliedIds.Contains(t.Id)) || (t.State == TrackedFileState.Reverting && appliedIds.Contains(t.Id)))
            .ToList();
        var unknown = applied.Where(a => manifest.Find(a.Id) is null).ToList();
        return new HistoryFindings(edited, failed, unknown);
    }

    public static async Task WarnAsync(HostContext host, HistoryTable history, CancellationToken cancellationToken) =>
        Of(host.Manifest, await history.AppliedAsync(cancellationToken), await history.TrackedAsync(cancellationToken)).Warn(host);

    public void Warn(HostContext host)
    {
        foreach (var migration in Edited)
        {
            host.Warn($"EDITED: {Path.GetFileName(migration.File)} changed after it was applied (its content hash differs from the one recorded when it ran). Revert the edit and put the change in a new migration.");
        }

        foreach (var file in Failed)
        {
            var description = host.Manifest.Find(file.Id)?.Description ?? string.Empty;
            var went = file.State == TrackedFileState.Reverting ? "down" : "up";
            host.Warn($"FAILED: {MigrateCommandLine.Id(file.Id)} {description} did not finish going {went}; it runs without a transaction (transaction: false), so the statements before the one that failed or was interrupted are applied. Check {Path.GetFileName(file.File)} against the database, undo or finish its steps by hand, then run `{host.Command(went)}` again.");
        }

        foreach (var migration in Unknown)
        {
            host.Warn($"UNKNOWN: {MigrateCommandLine.Id(migration.Id)} is applied but this build has no migration file for it.");
        }
    }
}
