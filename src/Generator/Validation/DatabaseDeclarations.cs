using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The rules of a BackendInABoxDatabase item (BIAB090): a lower-case name that is not the implicit database's, used
/// once, whose C# name and namespace no other database has, and folders that no other database's folder contains or
/// lies in. A bad item is reported at the project file and left out; the others are generated.
/// </summary>
internal static class DatabaseDeclarations
{
    private static readonly Regex NameShape = new("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);

    public static DatabaseSet Check(
        GeneratorOptions implicitDatabase,
        string rootNamespace,
        IReadOnlyList<DatabaseDeclaration> declared,
        string? malformed,
        string? projectFile,
        Func<string, string, string> resolve)
    {
        var location = projectFile is null ? null : LocationInfo.FileStart(projectFile);
        var project = projectFile is null ? "the project file" : System.IO.Path.GetFileName(projectFile);
        var diagnostics = new List<DiagnosticInfo>();
        var databases = new List<GeneratorOptions> { implicitDatabase };
        if (malformed is not null)
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidDatabase, location, $"{project}: the BackendInABoxDatabase items cannot be read from BackendInABoxDatabases ('{Wording.Shorten(malformed)}'); a database's name and folders cannot contain '|'."));
        }

        foreach (var item in declared)
        {
            var options = implicitDatabase with
            {
                Database = item.Name,
                Namespace = item.Namespace.Length > 0 ? item.Namespace : rootNamespace + "." + DatabaseNaming.PascalName(item.Name),
                SchemaDirectory = resolve(implicitDatabase.ProjectDirectory, item.SchemaDir.Length > 0 ? item.SchemaDir : item.Name + "/schema"),
                MigrationsDirectory = resolve(implicitDatabase.ProjectDirectory, item.MigrationsDir.Length > 0 ? item.MigrationsDir : item.Name + "/migrations"),
            };
            if (Problem(item, options, databases) is { } problem)
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidDatabase, location, $"{project}, <BackendInABoxDatabase Include=\"{item.Name}\" />: {problem} The database is not generated."));
            }
            else
            {
                databases.Add(options);
            }
        }

        return new DatabaseSet(databases.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? Problem(DatabaseDeclaration item, GeneratorOptions options, IReadOnlyList<GeneratorOptions> earlier)
    {
        if (item.Name == GeneratorOptions.DefaultDatabase)
        {
            return "'default' is the implicit database (BackendInABoxSchemaDir, BackendInABoxMigrationsDir); give the extra database another name.";
        }

        if (!NameShape.IsMatch(item.Name))
        {
            return $"'{Wording.Shorten(item.Name)}' is not a database name: use lower-case letters, digits and '_', starting with a letter (it names the connection, ANALYTICS_DATABASE_URL for analytics, and the runner's tables).";
        }

        if (earlier.FirstOrDefault(d => d.Database == item.Name) is not null)
        {
            return $"the project already declares a database '{item.Name}'.";
        }

        if (earlier.FirstOrDefault(d => DatabaseNaming.PascalName(d.Database) == DatabaseNaming.PascalName(item.Name) && !d.IsDefaultDatabase) is { } same)
        {
            return $"its C# name {DatabaseNaming.PascalName(item.Name)} is also that of database '{same.Database}'.";
        }

        if (!options.Namespace.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None))
        {
            return $"Namespace '{Wording.Shorten(options.Namespace)}' is not a C# namespace.";
        }

        if (earlier.FirstOrDefault(d => d.Namespace == options.Namespace) is { } shared)
        {
            return $"its models' namespace {options.Namespace} is also that of database '{shared.Database}'; set Namespace= to another.";
        }

        foreach (var other in earlier)
        {
            foreach (var (mine, what) in new[] { (options.SchemaDirectory, "SchemaDir"), (options.MigrationsDirectory, "MigrationsDir") })
            {
                foreach (var theirs in new[] { other.SchemaDirectory, other.MigrationsDirectory })
                {
                    if (Overlap(mine, theirs))
                    {
                        return $"its {what} {Relative(options, mine)} overlaps the folder {Relative(options, theirs)} of database '{other.Database}'; each database reads its own folders.";
                    }
                }
            }
        }

        return null;
    }

    private static bool Overlap(string a, string b) => Contains(a, b) || Contains(b, a);

    private static bool Contains(string folder, string path) =>
        string.Equals(folder, path, StringComparison.Ordinal) || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string Relative(GeneratorOptions options, string folder) =>
        folder.StartsWith(options.ProjectDirectory + "/", StringComparison.Ordinal) ? folder.Substring(options.ProjectDirectory.Length + 1) : folder;
}
