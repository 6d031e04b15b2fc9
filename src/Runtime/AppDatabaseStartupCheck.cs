using System.Globalization;
using BackendInABox.Commands;
using BackendInABox.Database;
using BackendInABox.Running;

namespace BackendInABox;

public sealed partial class AppDatabase
{
    /// <summary>
    /// The guide's "make sure migrations are up to date", for an app that migrates elsewhere (a deployment step) and must
    /// not serve on a database it does not match: throws <see cref="DatabaseNotCurrentException"/> when the database is
    /// behind (migrations of the build not applied, or no database yet), ahead (applied migrations the build has no file
    /// for) or has an applied migration whose file was edited since it ran. Call it at start-up.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        var manifest = Manifest;
        var driver = DatabaseDriver.For(Target);
        if (!await driver.ExistsAsync(cancellationToken))
        {
            if (manifest.Migrations.Count > 0)
            {
                throw new DatabaseNotCurrentException(
                    $"{Description} (from {Source}) does not exist yet, and the app has {manifest.Migrations.Count} migration(s). Run `{Target.Suggest("up")}` (or MigrateDatabaseAsync at start-up) before starting the app.",
                    [.. manifest.Migrations.Select(m => m.Id).Order()],
                    [],
                    []);
            }

            return;
        }

        await using var connection = await driver.OpenAsync(cancellationToken);
        var history = new HistoryTable(Target, connection);
        var applied = await history.AppliedAsync(cancellationToken);
        var findings = HistoryFindings.Of(manifest, applied, await history.TrackedAsync(cancellationToken));
        var appliedIds = applied.Select(a => a.Id).ToHashSet();
        var pending = manifest.Migrations.Select(m => m.Id).Where(id => !appliedIds.Contains(id)).Order().ToList();
        var unknown = findings.Unknown.Select(a => a.Id).ToList();
        var edited = findings.Edited.Select(m => m.Id).ToList();
        if (pending.Count == 0 && unknown.Count == 0 && edited.Count == 0 && findings.Failed.Count == 0)
        {
            return;
        }

        var problems = new List<string>();
        if (pending.Count > 0)
        {
            problems.Add($"it is behind: {pending.Count} migration(s) of the app are not applied ({Ids(pending)}); run `{Target.Suggest("up")}`");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"it is ahead: {unknown.Count} applied migration(s) are not in this build ({Ids(unknown)}); a newer build or another app migrated it, so deploy that build or check the connection");
        }

        if (edited.Count > 0)
        {
            problems.Add($"{edited.Count} applied migration file(s) were edited after they ran ({string.Join(", ", findings.Edited.Select(m => Path.GetFileName(m.File)))}); revert the edit and put the change in a new migration");
        }

        if (findings.Failed.Count > 0)
        {
            problems.Add($"{findings.Failed.Count} migration(s) without a transaction stopped midway ({Ids(findings.Failed.Select(f => f.Id))}); `{Target.Command("status")}` says what to do");
        }

        throw new DatabaseNotCurrentException(
            $"{Description} (from {Source}) does not match the app's migrations: {string.Join("; ", problems)}.",
            pending,
            unknown,
            edited);
    }

    private static string Ids(IEnumerable<long> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
