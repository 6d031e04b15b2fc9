namespace BackendInABox.Generator.Model;

/// <summary>
/// The relational view of one table. Both sides of the diff are expressed in it: the current schema
/// files (mapped model by model) and the schema the migration history produces (replayed operation
/// by operation), so "pending change" is a comparison of two lists of these.
/// Columns keep their declared order; indexes and foreign keys are sorted by name.
/// </summary>
internal sealed record TableShape(
    string Name,
    EquatableArray<ColumnShape> Columns,
    EquatableArray<IndexShape> Indexes,
    EquatableArray<ForeignKeyShape> ForeignKeys)
{
    /// <summary>
    /// The primary-key constraint's name on PostgreSQL (SQLite keeps no name), null for a table without a key. A table
    /// keeps the name it was created with, through renames, as PostgreSQL does.
    /// </summary>
    public string? PrimaryKeyName { get; init; }
    /// <summary>The model's <c>checks:</c>, sorted by name.</summary>
    public EquatableArray<CheckShape> Checks { get; init; } = EquatableArray<CheckShape>.Empty;
}

/// <param name="PrimaryKey">Integer and bigint keys are identity columns (the database numbers new rows).</param>
/// <param name="EnumValues">For <see cref="FieldType.Enum"/>: the allowed values (varchar + CHECK).</param>
internal sealed record ColumnShape(
    string Name,
    ColumnType Type,
    bool Nullable,
    bool PrimaryKey,
    DefaultValue? Default,
    EquatableArray<string> EnumValues)
{
    /// <summary>
    /// For <see cref="FieldType.Enum"/> on PostgreSQL: the enum type (CREATE TYPE ... AS ENUM) the column has instead
    /// of varchar + CHECK. The type belongs to this one column: it is created and dropped with it.
    /// </summary>
    public string? NativeEnum { get; init; }

    /// <summary>A timestamp kept current on every UPDATE by a trigger the generator owns (<see cref="Emit.AutoUpdateTriggers"/>).</summary>
    public bool AutoUpdate { get; init; }
}

/// <summary>A column's storage type. <see cref="Kind"/> is never <see cref="FieldType.Ref"/>: a ref column has its target key's type.</summary>
/// <param name="Length">For string and char: max_length.</param>
/// <param name="Precision">For decimal: the digits; for datetime, datetimetz, timestamp and time: the fractional-second digits (null: the database's 6).</param>
internal sealed record ColumnType(FieldType Kind, int? Length, int? Precision, int? Scale)
{
    /// <summary>An array of <see cref="Kind"/> (PostgreSQL <c>T[]</c>, JSON text on SQLite).</summary>
    public bool Array { get; init; }

    /// <summary>For <see cref="FieldType.Custom"/>: the type each dialect's DDL names.</summary>
    public CustomSqlType? Custom { get; init; }

    /// <summary>The fractional-second digits PostgreSQL keeps when a temporal type names none.</summary>
    public const int DefaultTimePrecision = 6;

    /// <summary>The length enum columns get: every enum value is an identifier of at most 63 characters.</summary>
    public const int EnumLength = 63;

    /// <summary>A decimal written without precision and scale is numeric(18,2); with only a precision, its scale is 0.</summary>
    public const int DefaultPrecision = 18;

    public const int DefaultScale = 2;
}

/// <param name="Columns">The indexed columns; empty for an expression index.</param>
internal sealed record IndexShape(string Name, EquatableArray<string> Columns, bool Unique)
{
    public IndexOptions Options { get; init; } = IndexOptions.None;
}

internal sealed record ForeignKeyShape(string Name, string Column, string TargetTable, string TargetColumn, OnDelete OnDelete);
