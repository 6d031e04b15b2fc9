using BackendInABox.Configuration;

namespace BackendInABox.Commands;

/// <summary>
/// An embedded SQLite file inside a git work tree is data, not source: `migrate init` puts it, its journal files and
/// its lock file into the nearest .gitignore (the repository root's when there is none nearer), so the first commit
/// after trying the tool does not carry the database. Outside a git work tree nothing is written.
/// </summary>
internal static class IgnoredDatabaseFiles
{
    private const string Heading = "# Backend-in-a-Box: the embedded SQLite database, its journal and its migrate lock";

    private static readonly string[] FileSuffixes = [string.Empty, "-journal", "-wal", "-shm"];

    /// <summary>The .gitignore that was changed, or null when nothing needed to be.</summary>
    public static string? Ensure(DatabaseTarget target)
    {
        if (target.Provider != DatabaseProvider.Sqlite || Path.GetDirectoryName(target.Database) is not { } folder || RepositoryRoot(folder) is not { } root)
        {
            return null;
        }

        var gitignore = Nearest(folder, root) ?? Path.Combine(root, ".gitignore");
        var text = File.Exists(gitignore) ? File.ReadAllText(gitignore) : string.Empty;
        var existing = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var anchored = "/" + Path.GetRelativePath(Path.GetDirectoryName(gitignore)!, target.Database).Replace(Path.DirectorySeparatorChar, '/');
        var fileName = Path.GetFileName(target.Database);
        var missing = FileSuffixes.Append(Database.SqliteDriver.LockSuffix(target))
            .Where(suffix => !existing.Contains(anchored + suffix, StringComparer.Ordinal) && !existing.Any(line => IgnoresByName(line, fileName + suffix)))
            .Select(suffix => anchored + suffix)
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var separator = text.Length == 0 ? string.Empty : text.EndsWith('\n') ? "\n" : "\n\n";
        File.AppendAllText(gitignore, separator + string.Join("\n", [Heading, .. missing]) + "\n");
        return gitignore;
    }

    /// <summary>A pattern without a slash (<c>*.db</c>, <c>app.db-wal</c>) matches a file of that name in any folder.</summary>
    private static bool IgnoresByName(string line, string name)
    {
        var pattern = line.Trim();
        if (pattern.Length == 0 || pattern[0] is '#' or '!' || pattern.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", "[^/]*", StringComparison.Ordinal).Replace("\\?", "[^/]", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(name, regex);
    }

    private static string? RepositoryRoot(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            // A worktree or submodule has a .git file instead of a folder.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? Nearest(string folder, string root)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".gitignore");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (string.Equals(dir.FullName, root, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }
}
