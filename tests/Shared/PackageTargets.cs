using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BackendInABox.Tests.Shared;

/// <summary>
/// The package's real buildTransitive/BackendInABox.targets (copied beside the tests): which files of a project it
/// adds as AdditionalFiles and with which BackendInABoxKind, so the tests select input files as a build would.
/// </summary>
internal static class PackageTargets
{
    private const string DatabaseItem = "%(BackendInABoxDatabase.";

    private static readonly Lazy<IReadOnlyList<(string Pattern, string Kind)>> Items = new(Load);

    /// <summary>The BackendInABoxKind the targets give <paramref name="path"/>, or null when they do not add it.</summary>
    public static string? KindOf(string projectDirectory, string path, string schemaDirectory, string migrationsDirectory) =>
        Classify(projectDirectory, path, schemaDirectory, migrationsDirectory, [])?.Kind;

    /// <summary>
    /// The BackendInABoxKind and BackendInABoxDatabase the targets give <paramref name="path"/> (the database null for
    /// the implicit one's files), or null when they do not add it; <paramref name="databases"/> are the project's
    /// BackendInABoxDatabase items with their folders as the targets default them.
    /// </summary>
    public static (string Kind, string? Database)? Classify(string projectDirectory, string path, string schemaDirectory, string migrationsDirectory, IReadOnlyList<DatabaseItem> databases)
    {
        var relative = path.Substring(projectDirectory.TrimEnd('/').Length + 1).Replace('\\', '/');
        foreach (var (pattern, kind) in Items.Value)
        {
            if (!pattern.Contains(DatabaseItem, StringComparison.Ordinal))
            {
                var expanded = pattern.Replace("$(BackendInABoxSchemaDir)", schemaDirectory).Replace("$(BackendInABoxMigrationsDir)", migrationsDirectory);
                if (GlobRegex(expanded).IsMatch(relative))
                {
                    return (kind, null);
                }

                continue;
            }

            foreach (var database in databases)
            {
                var expanded = pattern.Replace(DatabaseItem + "SchemaDir)", database.SchemaDir).Replace(DatabaseItem + "MigrationsDir)", database.MigrationsDir);
                if (GlobRegex(expanded).IsMatch(relative))
                {
                    return (kind, database.Name);
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<(string, string)> Load()
    {
        var document = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "PackageTargets", "BackendInABox.targets"));
        return [.. document.Descendants("AdditionalFiles")
            .Select(e => ((string?)e.Attribute("Include"), (string?)e.Attribute("BackendInABoxKind")))
            .Where(e => e.Item1 is not null && e.Item2 is not null)
            .SelectMany(e => e.Item1!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => (p, e.Item2!)))];
    }

    /// <summary>MSBuild's wildcards: <c>**/</c> any folders (or none), <c>*</c> within one name, <c>?</c> one character.</summary>
    private static Regex GlobRegex(string glob)
    {
        var escaped = Regex.Escape(glob).Replace(@"\*\*/", "(?:.*/)?").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex("^" + escaped + "$", RegexOptions.CultureInvariant);
    }
}

/// <summary>A BackendInABoxDatabase item of a test project, its folders relative to the project as the targets default them.</summary>
internal sealed record DatabaseItem(string Name, string SchemaDir, string MigrationsDir, string Namespace = "")
{
    public static DatabaseItem Declared(string name, string? schemaDir = null, string? migrationsDir = null, string? ns = null) =>
        new(name, schemaDir ?? name + "/schema", migrationsDir ?? name + "/migrations", ns ?? string.Empty);

    /// <summary>The BackendInABoxDatabases property the targets build from the items.</summary>
    public static string Property(IEnumerable<DatabaseItem> items) =>
        string.Join("|", items.Select(i => $"{i.Name}|{i.SchemaDir}|{i.MigrationsDir}|{i.Namespace}"));
}
