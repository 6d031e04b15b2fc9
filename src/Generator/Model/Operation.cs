namespace BackendInABox.Generator.Model;

/// <summary>The operations a migration file's <c>up</c> and <c>down</c> lists may hold (DESIGN.md, "Migration file").</summary>
internal enum OperationKind
{
    CreateTable,
    DropTable,
    RenameTable,
    AddColumn,
    DropColumn,
    RenameColumn,
    AlterColumn,
    CreateIndex,
    DropIndex,
    AddForeignKey,
    DropForeignKey,
    AddCheck,
    DropCheck,
    AlterPrimaryKey,
    Sql,
    Code,
}

/// <summary>Which databases a <c>sql:</c> step runs on.</summary>
internal enum SqlDialect
{
    Any,
    Postgres,
    Sqlite,
}

/// <summary>
/// One operation of a migration. Which members are set depends on <see cref="Kind"/>:
/// create_table: <see cref="Columns"/>; add_column / alter_column: one column in <see cref="Columns"/> (alter: the column's
/// whole new definition, with <see cref="Using"/>, <see cref="SqliteUsing"/> and <see cref="Backfill"/>); drop_column / rename_column: <see cref="Name"/>
/// (and <see cref="NewName"/>); rename_table: <see cref="NewName"/>; create_index: <see cref="Name"/>, <see cref="IndexColumns"/>,
/// <see cref="Unique"/>, <see cref="IndexOptions"/>; drop_index / drop_foreign_key / drop_check: <see cref="Name"/>; alter_primary_key: <see cref="PrimaryKey"/>;
/// add_foreign_key: <see cref="ForeignKey"/>; add_check: <see cref="Check"/>; create_table also <see cref="Checks"/>;
/// sql: <see cref="Sql"/> and <see cref="Dialect"/>; code: the app's class in <see cref="Name"/>.
/// </summary>
internal sealed record Operation(
    OperationKind Kind,
    string Table,
    string? Name,
    string? NewName,
    EquatableArray<ColumnShape> Columns,
    EquatableArray<string> IndexColumns,
    bool Unique,
    ForeignKeyShape? ForeignKey,
    string? Using,
    string? SqliteUsing,
    DefaultValue? Backfill,
    string? Sql,
    SqlDialect Dialect,
    LocationInfo? Location)
{
    public static Operation Create(OperationKind kind, string table) =>
        new(kind, table, null, null, EquatableArray<ColumnShape>.Empty, EquatableArray<string>.Empty, false, null, null, null, null, null, SqlDialect.Any, null);

    public ColumnShape Column => Columns[0];

    /// <summary>A sql or code step: the history replay leaves the schema as it is.</summary>
    public bool KeepsSchema => Kind is OperationKind.Sql or OperationKind.Code;

    /// <summary>
    /// For an alter_column the diff wrote: the column changes its kind of type, so the migration file gets a proposed
    /// <c>using:</c> conversion (the diff says that one is needed, Emit writes it in the dialect's SQL).
    /// </summary>
    public bool ProposesCast { get; init; }

    /// <summary>
    /// For an alter_column the diff wrote: it adds labels to a native enum type (ALTER TYPE ... ADD VALUE), so the
    /// migration file it goes into says <c>transaction: false</c>.
    /// </summary>
    public bool AddsNativeLabels { get; init; }

    /// <summary>
    /// For a create_table: the primary-key constraint's name, written as <c>primary_key_name:</c>. A file without it
    /// (written before the key had a lower-case name) creates FluentMigrator's <c>PK_table</c>, as it always did.
    /// </summary>
    public string? PrimaryKeyName { get; init; }

    public IndexOptions IndexOptions { get; init; } = IndexOptions.None;

    public CheckShape? Check { get; init; }

    /// <summary>For a create_table: the table's CHECK constraints, created with it.</summary>
    public EquatableArray<CheckShape> Checks { get; init; } = EquatableArray<CheckShape>.Empty;

    /// <summary>The index a create_index makes.</summary>
    public IndexShape Index => new(Name!, IndexColumns, Unique) { Options = IndexOptions };

    /// <summary>With <see cref="ProposesCast"/>: the type the column had, which the proposed conversion reads (a value becomes an array, an array its first element).</summary>
    public ColumnType? CastFrom { get; init; }

    /// <summary>
    /// alter_primary_key: the key's new columns in order; create_table: a composite key's order (empty: the columns marked
    /// primary, in column order).
    /// </summary>
    public EquatableArray<string> PrimaryKey { get; init; }
}

/// <summary>One parsed migration file.</summary>
/// <param name="Sha256">Hex SHA-256 of the file's text with line endings normalised to \n (the runtime compares it with what was applied).</param>
internal sealed record MigrationFile(
    string Path,
    long Id,
    string Description,
    long? Parent,
    bool Transaction,
    EquatableArray<Operation> Up,
    EquatableArray<Operation> Down,
    string Sha256,
    LocationInfo IdLocation,
    LocationInfo? ParentLocation);

internal sealed record ParsedMigrationFile(string Path, MigrationFile? Migration, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The database the file belongs to (its BackendInABoxDatabase metadata).</summary>
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
