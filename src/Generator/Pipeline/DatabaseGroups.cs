using System.Collections.Immutable;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Splits the collected files by database, one value per declared database in declaration order (a database without
/// files gets an empty one), so each database runs through its own steps and an edit in one leaves the others' cached.
/// A file of a database the project does not declare belongs to none.
/// </summary>
internal static class DatabaseGroups
{
    public static ImmutableArray<SchemaInput> Schemas(ImmutableArray<ParsedSchemaFile> files, DatabaseSet databases) =>
        [.. databases.Databases.Select(d => new SchemaInput(
            d,
            files.Where(f => f.Database == d.Database).ToEquatableArray(),
            files.Where(f => f.Database != d.Database && databases.Find(f.Database) is not null && (f.Model?.Name ?? f.DeclaredName) is not null)
                .Select(f => new ModelElsewhere(f.Model?.Name ?? f.DeclaredName!, f.Database))
                .OrderBy(m => m.Name, System.StringComparer.Ordinal)
                .ThenBy(m => m.Database, System.StringComparer.Ordinal)
                .ToEquatableArray()))];

    public static ImmutableArray<(string Database, EquatableArray<ParsedMigrationFile> Files)> Migrations(ImmutableArray<ParsedMigrationFile> files, DatabaseSet databases) =>
        [.. databases.Databases.Select(d => (d.Database, files.Where(f => f.Database == d.Database).ToEquatableArray()))];
}
