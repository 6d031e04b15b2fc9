namespace BackendInABox.Manifest;

/// <summary>
/// A table as the history replay says the database has it at the head (the manifest's <c>schema</c>; null when the
/// history has errors or several heads). Types, defaults and delete rules are each dialect's SQL words.
/// </summary>
internal sealed record ManifestTable(
    string Name,
    IReadOnlyList<ManifestColumn> Columns,
    IReadOnlyList<ManifestIndex> Indexes,
    IReadOnlyList<ManifestForeignKey> ForeignKeys);

internal sealed record ManifestColumn(
    string Name,
    string PostgresType,
    string SqliteType,
    bool Nullable,
    bool PrimaryKey,
    string? PostgresDefault,
    string? SqliteDefault,
    IReadOnlyList<string> EnumValues);

internal sealed record ManifestIndex(string Name, IReadOnlyList<string> Columns, bool Unique);

internal sealed record ManifestForeignKey(string Name, string Column, string TargetTable, string TargetColumn, string OnDelete);
