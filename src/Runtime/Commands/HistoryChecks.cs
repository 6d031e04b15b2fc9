using BackendInABox.Cli;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

internal static class HistoryChecks
{
    /// <summary>Migrating needs one line of history the build could read.</summary>
    public static void RequireUsable(HostContext host, BuildManifest manifest)
    {
        if (manifest.Heads.Count > 1)
        {
            throw new UserError(
                $"The migration history has {manifest.Heads.Count} heads ({string.Join(" and ", manifest.Heads.Select(h => Path.GetFileName(h.File)))}).",
                $"Run `{host.Suggest("merge")}` to put them in one line, rebuild, then migrate.");
        }

        if (!manifest.HistoryValid)
        {
            throw new UserError(
                "The last build reported errors in the schema or migration files (BIAB diagnostics).",
                "Fix them (see `dotnet build` output) and rebuild before migrating.");
        }
    }

    public static ManifestMigration RequireKnown(BuildManifest manifest, long id) =>
        manifest.Find(id) ?? throw new UserError(
            $"There is no migration {Cli.MigrateCommandLine.Id(id)} in this build.",
            manifest.Migrations.Count == 0 ? "The app has no migrations yet." : $"Known ids: {string.Join(", ", manifest.Migrations.Select(m => Cli.MigrateCommandLine.Id(m.Id)))}.");
}
