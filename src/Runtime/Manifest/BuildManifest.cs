using System.ComponentModel;

namespace BackendInABox.Manifest;

/// <summary>
/// What the build knew (docs/architecture.md, "The build manifest"). The generator emits C# that constructs it from
/// these records and registers that code with <see cref="BuildManifestSourceAttribute"/>, so the runtime never reads
/// YAML, and an app built against a different shape of the contract does not compile.
/// </summary>
/// <param name="Schema">The tables the history replay says the database has at the head; null when the history has errors or several heads.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record BuildManifest(
    string ProjectDirectory,
    string SchemaDirectory,
    string MigrationsDirectory,
    IReadOnlyList<ManifestMigration> Migrations,
    IReadOnlyList<ManifestHead> Heads,
    long? HeadId,
    bool HistoryValid,
    ManifestPendingChange? Pending,
    IReadOnlyList<ManifestTable>? Schema)
{
    /// <summary>A Mermaid erDiagram of the schema's models and their refs; null when the schema files have errors.</summary>
    public string? Diagram { get; init; }

    /// <summary>The database's name: "default" for the implicit one (schema/, migrations/), else its BackendInABoxDatabase item's.</summary>
    public string Database { get; init; } = "default";

    /// <summary>The C# namespace of the database's generated migration classes, which alone the runner scans for it.</summary>
    public string MigrationsNamespace { get; init; } = "";

    /// <summary>The C# namespace of the database's generated models.</summary>
    public string Namespace { get; init; } = "";

    public ManifestMigration? Find(long id) => Migrations.FirstOrDefault(m => m.Id == id);
}

/// <summary>Registers the app's generated <see cref="IBuildManifestSource"/>; written by the generator, one per app.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class BuildManifestSourceAttribute(
    [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type sourceType) : Attribute
{
    [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    public Type SourceType { get; } = sourceType;
}

/// <summary>The generated code that builds the app's manifests.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IBuildManifestSource
{
    /// <summary>One manifest per database, in declaration order, the implicit database "default" first.</summary>
    IReadOnlyList<BuildManifest> CreateAll();
}

/// <param name="Sha256">Hex SHA-256 of the file without its <c>parent:</c> line, line endings normalised to \n.</param>
/// <param name="SqliteRebuilds">The SQLite form rebuilds a table, which needs foreign keys off around the migration.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestMigration(long Id, string Description, long? Parent, string File, string Sha256, bool Transaction, bool SqliteRebuilds)
{
    /// <summary>What its up can lose (a dropped table or column, a narrowing type change, removed enum values); empty when nothing.</summary>
    public IReadOnlyList<string> DataLoss { get; init; } = [];

    public bool LosesData => DataLoss.Count > 0;

    /// <summary>The classes of its up's code steps, in order; `migrate script` writes a comment in the place of each.</summary>
    public IReadOnlyList<string> UpCodeSteps { get; init; } = [];

    /// <summary>The classes of its down's code steps, in order.</summary>
    public IReadOnlyList<string> DownCodeSteps { get; init; } = [];
}

/// <param name="Branch">The ids from the fork point to the head, oldest first; the first is the file `migrate merge` re-parents.</param>
/// <param name="Touches">The tables ("users") and columns ("users.email") the branch's operations touch.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestHead(long Id, string File, IReadOnlyList<long> Branch, IReadOnlyList<string> Touches);

/// <summary>The schema change no migration captures yet.</summary>
/// <param name="Yaml">The text of a new migration file without its id, description and parent lines.</param>
/// <param name="Rollback">What can stop or falsify `migrate down` of the change, each at its comment's line in <see cref="Yaml"/>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestPendingChange(string Yaml, IReadOnlyList<string> Summary, IReadOnlyList<string> DataLoss, IReadOnlyList<RollbackNote> Rollback)
{
    public bool LosesData => DataLoss.Count > 0;
}

[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record RollbackNote(string Message, int Line);

/// <summary>A table as the history replay says the database has it at the head. Types, defaults and delete rules are each dialect's SQL words.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestTable(
    string Name,
    IReadOnlyList<ManifestColumn> Columns,
    IReadOnlyList<ManifestIndex> Indexes,
    IReadOnlyList<ManifestForeignKey> ForeignKeys)
{
    /// <summary>The triggers the generator owns on this table (those of <c>auto_update</c> columns), by name.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];
    /// <summary>The primary-key constraint's name on PostgreSQL; null for a table without a key.</summary>
    public string? PrimaryKeyName { get; init; }

    /// <summary>The table's CHECK constraints of its model's <c>checks:</c> (an enum column's CHECK is its <see cref="ManifestColumn.EnumValues"/>).</summary>
    public IReadOnlyList<ManifestCheck> Checks { get; init; } = [];

    /// <summary>The primary key's columns in key order.</summary>
    public IReadOnlyList<string> PrimaryKey { get; init; } = [];
}

[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestColumn(
    string Name,
    string PostgresType,
    string SqliteType,
    bool Nullable,
    bool PrimaryKey,
    string? PostgresDefault,
    string? SqliteDefault,
    IReadOnlyList<string> EnumValues)
{
    /// <summary>The name the generator gave the CHECK that keeps an enum column without a native type to its values; null for any other column.</summary>
    public string? EnumCheckName { get; init; }
}

/// <param name="Columns">Empty for an expression index.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestIndex(string Name, IReadOnlyList<string> Columns, bool Unique)
{
    /// <summary>A partial index's predicate, as the schema file writes it.</summary>
    public string? Where { get; init; }

    /// <summary>An expression index's key, as the schema file writes it.</summary>
    public string? Expression { get; init; }

    /// <summary>The PostgreSQL access method; null for btree (SQLite has none).</summary>
    public string? Method { get; init; }

    /// <summary>PostgreSQL operator classes, one per column from the first (SQLite has none).</summary>
    public IReadOnlyList<string> Ops { get; init; } = [];

    /// <summary>"asc" or "desc" per column from the first, without trailing "asc"s.</summary>
    public IReadOnlyList<string> Order { get; init; } = [];
}

/// <summary>A CHECK constraint: its condition on each dialect as written, null on a dialect it is not for.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestCheck(string Name, string? PostgresSql, string? SqliteSql);

[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ManifestForeignKey(string Name, string Column, string TargetTable, string TargetColumn, string OnDelete)
{
    /// <summary>"NO ACTION", "CASCADE", "SET NULL" or "RESTRICT".</summary>
    public string OnUpdate { get; init; } = "NO ACTION";
}
