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
    private static readonly Lazy<IReadOnlyList<(string Pattern, string Kind)>> Items = new(Load);

    /// <summary>The BackendInABoxKind the targets give <paramref name="path"/>, or null when they do not add it.</summary>
    public static string? KindOf(string projectDirectory, string path, string schemaDirectory, string migrationsDirectory)
    {
        var relative = path.Substring(projectDirectory.TrimEnd('/').Length + 1).Replace('\\', '/');
        foreach (var (pattern, kind) in Items.Value)
        {
            var expanded = pattern.Replace("$(BackendInABoxSchemaDir)", schemaDirectory).Replace("$(BackendInABoxMigrationsDir)", migrationsDirectory);
            if (GlobRegex(expanded).IsMatch(relative))
            {
                return kind;
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
