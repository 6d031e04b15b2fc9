using System.CommandLine;
using System.Text.RegularExpressions;
using BackendInABox.Cli;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate merge`: two branches of history (two files with one parent) become one line by re-parenting the later
/// branch onto the other's head, when the branches do not touch the same tables and columns.
/// </summary>
internal sealed partial class MergeCommand(HostContext host)
{
    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        if (manifest.Heads.Count < 2)
        {
            host.Say("Nothing to merge: the migration history is one line.");
            return Task.FromResult(0);
        }

        if (manifest.Heads.Count > 2)
        {
            host.Say($"The history has {manifest.Heads.Count} heads; merging the two oldest branches first. Rebuild and run `{host.Command("merge")}` again for the rest.");
        }

        var heads = manifest.Heads.OrderBy(h => h.Branch[0]).Take(2).ToList();
        var (earlier, later) = (heads[0], heads[1]);
        var conflicts = Conflicts(earlier, later);
        if (conflicts.Count > 0)
        {
            throw new UserError(
                $"Cannot merge: both branches change {string.Join(", ", conflicts)}.",
                $"Branch {Describe(manifest, earlier)} and branch {Describe(manifest, later)} must be reconciled by hand: edit one so they no longer overlap, set its parent, and rebuild.");
        }

        var first = manifest.Find(later.Branch[0]) ?? throw new UserError($"Migration {MigrateCommandLine.Id(later.Branch[0])} is not in this build.");
        var text = OnFile(first.File, File.ReadAllText);
        if (!ParentLine().IsMatch(text))
        {
            throw new UserError($"{first.File} has no parent line to rewrite.");
        }

        OnFile(first.File, f => { File.WriteAllText(f, ParentLine().Replace(text, "parent: " + MigrateCommandLine.Id(earlier.Id), 1)); return f; });
        host.Say($"Re-parented {first.File} onto {MigrateCommandLine.Id(earlier.Id)}.");
        host.Say($"History is now one line ending in {MigrateCommandLine.Id(later.Id)}. Rebuild, then run `{host.Suggest("up")}`.");
        return Task.FromResult(0);
    }

    private static string OnFile(string file, Func<string, string> access)
    {
        try
        {
            return access(file);
        }
        catch (Exception e) when (FileErrors.Is(e))
        {
            throw FileErrors.Explain("rewrite the parent line of", file, e, "`migrate merge` edits the migration files in the project: make them writable for this user.");
        }
    }

    /// <summary>
    /// Shared columns conflict; so does a table one branch changes as a whole (create, drop, rename, index) while the
    /// other touches it at all.
    /// </summary>
    private static List<string> Conflicts(ManifestHead a, ManifestHead b)
    {
        var conflicts = a.Touches.Intersect(b.Touches, StringComparer.Ordinal).Where(t => t.Contains('.', StringComparison.Ordinal)).ToList();
        foreach (var table in a.Touches.Intersect(b.Touches, StringComparer.Ordinal).Where(t => !t.Contains('.', StringComparison.Ordinal)))
        {
            if (!HasColumns(a, table) || !HasColumns(b, table))
            {
                conflicts.Add(table);
            }
        }

        return conflicts.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static bool HasColumns(ManifestHead head, string table) => head.Touches.Any(t => t.StartsWith(table + ".", StringComparison.Ordinal));

    private static string Describe(BuildManifest manifest, ManifestHead head) =>
        string.Join(" → ", head.Branch.Select(id => manifest.Find(id) is { } m ? $"{MigrateCommandLine.Id(id)} ({m.Description})" : MigrateCommandLine.Id(id)));

    [GeneratedRegex(Shared.MigrationIds.ParentLinePattern, RegexOptions.Multiline)]
    private static partial Regex ParentLine();

    /// <summary>The command line of `migrate merge`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var merge = new Command("merge", "Join two heads of the migration history into one line by re-parenting the later branch.");
        merge.SetAction((r, ct) => global.RunAsync(host, r, () => new MergeCommand(host).RunAsync(ct)));
        return merge;
    }
}
