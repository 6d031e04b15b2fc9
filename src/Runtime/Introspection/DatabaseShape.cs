namespace BackendInABox.Introspection;

/// <summary>
/// The shape of a database's own tables (the runner's bookkeeping tables left out), normalized so a live database and
/// the shape the history replay expects can be compared line by line. Column order is not part of it.
/// </summary>
internal sealed record DatabaseShape(IReadOnlyList<TableInfo> Tables)
{
    /// <summary>One sorted line per fact ("column orders.total numeric(10,2) not null default 0"): equal shapes have equal lines.</summary>
    public IReadOnlyList<string> Lines => [.. Tables.SelectMany(t => t.Lines).Order(StringComparer.Ordinal)];

    public TableInfo? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    /// <summary>Objects of the schema the format does not describe (views, functions, triggers, domains, ...); PostgreSQL only.</summary>
    public IReadOnlyList<OutsideObject> Outside { get; init; } = [];

    /// <summary>The schema's native enum types with their labels in order (PostgreSQL only).</summary>
    public IReadOnlyList<EnumTypeInfo> EnumTypes { get; init; } = [];
}

/// <param name="PrimaryKey">The primary key's columns, in key order.</param>
/// <param name="EnumChecks">One per CHECK that keeps a column to a list of values (two on one column are two entries), and one per native enum column with its type's labels.</param>
internal sealed record TableInfo(
    string Name,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IndexInfo> Indexes,
    IReadOnlyList<ForeignKeyInfo> ForeignKeys,
    IReadOnlyList<EnumCheckInfo> EnumChecks)
{
    /// <summary>The table's triggers by name (the generator owns those of <c>auto_update</c> columns; any other is drift).</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    public IEnumerable<string> Lines =>
        new[] { $"table {Name} primary key ({string.Join(", ", PrimaryKey)})" }
            .Concat(Columns.Select(c => $"column {Name}.{c.Describe()}"))
            .Concat(Indexes.Select(i => $"index {Name}.{i.Name} ({string.Join(", ", i.Columns)}){(i.Unique ? " unique" : string.Empty)}"))
            .Concat(ForeignKeys.Select(f => $"foreign key {Name}.{f.Column} -> {f.TargetTable}.{f.TargetColumn} on delete {f.OnDelete}"))
            .Concat(EnumChecks.Select(c => $"enum check {Name}.{c.Column} in ({string.Join(", ", c.Values)})"))
            .Concat(Triggers.Select(t => $"trigger {Name}.{t}"));

    /// <summary>The primary key constraint's name (PostgreSQL only; SQLite does not report it).</summary>
    public string? PrimaryKeyName { get; init; }

    /// <summary>Every CHECK constraint as the catalog states it (PostgreSQL only), the enum CHECKs among them.</summary>
    public IReadOnlyList<CheckInfo> Checks { get; init; } = [];
}

/// <param name="Type">The dialect's type name in the generator's spelling ("varchar(63)", "timestamptz"; SQLite: the declared affinity type).</param>
/// <param name="Default">The default expression with casts, outer parentheses and case normalized away (<see cref="SqlText.Default"/>).</param>
internal sealed record ColumnInfo(string Name, string Type, bool Nullable, string? Default)
{
    /// <summary>"ALWAYS" or "BY DEFAULT" for an identity column (PostgreSQL only), else null.</summary>
    public string? Identity { get; init; }

    public string Describe() =>
        $"{Name} {Type}{(Nullable ? string.Empty : " not null")}" + (Default is null ? string.Empty : " default " + Default);
}

/// <param name="Values">The allowed values, in the CHECK's order.</param>
internal sealed record EnumCheckInfo(string Column, IReadOnlyList<string> Values);

internal sealed record IndexInfo(string Name, IReadOnlyList<string> Columns, bool Unique)
{
    /// <summary>The catalog's detail of the index (PostgreSQL only), null where it was not read.</summary>
    public IndexDetail? Detail { get; init; }
}

/// <summary>
/// A foreign key as the replay's shape compares it: its first column, without its name, which SQLite does not report.
/// The name, every column and the update rule are read on PostgreSQL only and are not among the <see cref="TableInfo.Lines"/>.
/// </summary>
/// <param name="OnDelete">"NO ACTION", "CASCADE", "SET NULL", "RESTRICT" or "SET DEFAULT".</param>
internal sealed record ForeignKeyInfo(string Column, string TargetTable, string TargetColumn, string OnDelete)
{
    /// <summary>The constraint's name (PostgreSQL only).</summary>
    public string? Name { get; init; }

    /// <summary>All columns of the key, in order (PostgreSQL; a composite key's first is <see cref="Column"/>).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public IReadOnlyList<string> TargetColumns { get; init; } = [];

    /// <summary>As <see cref="OnDelete"/>; read on PostgreSQL only.</summary>
    public string? OnUpdate { get; init; }
}
