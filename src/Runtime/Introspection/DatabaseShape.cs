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

    /// <summary>
    /// The shape without <paramref name="tables"/>: those of the app's other databases, when two share one physical
    /// database (<see cref="Manifest.ManifestOwner.TablesOfOthers"/>), are not this database's drift.
    /// </summary>
    public DatabaseShape Without(IReadOnlySet<string> tables) => this with { Tables = [.. Tables.Where(t => !tables.Contains(t.Name))] };

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
    /// <summary>The CHECKs of the models' <c>checks:</c> (every CHECK but the enum ones), on both dialects.</summary>
    public IReadOnlyList<ModelCheckInfo> ModelChecks { get; init; } = [];

    /// <summary>The table's triggers by name (the generator owns those of <c>auto_update</c> columns; any other is drift).</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    public IEnumerable<string> Lines =>
        new[] { $"table {Name} primary key ({string.Join(", ", PrimaryKey)}){(PrimaryKeyName is null ? string.Empty : " named " + PrimaryKeyName)}" }
            .Concat(Columns.Select(c => $"column {Name}.{c.Describe()}"))
            .Concat(Indexes.Select(i => $"index {Name}.{i.Name} ({string.Join(", ", i.Columns)}){(i.Unique ? " unique" : string.Empty)}{i.DescribeOptions()}"))
            .Concat(ForeignKeys.Select(f => $"foreign key {Name}.{f.Column} -> {f.TargetTable}.{f.TargetColumn} on delete {f.OnDelete} on update {f.OnUpdate}{(f.Name is null ? string.Empty : " named " + f.Name)}"))
            .Concat(EnumChecks.Select(c => $"enum check {Name}.{c.Column} in ({string.Join(", ", c.Values)})"))
            .Concat(ModelChecks.Select(c => $"check {Name}.{c.Name} {c.Condition}"))
            .Concat(Triggers.Select(t => $"trigger {Name}.{t}"));

    /// <summary>The primary key constraint's name (PostgreSQL only; SQLite does not report it); among the <see cref="Lines"/> where it was read.</summary>
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

/// <summary>A CHECK of a model's <c>checks:</c> (any CHECK but an enum column's), its condition in <see cref="SqlText.Condition"/>'s normal form.</summary>
internal sealed record ModelCheckInfo(string Name, string Condition);

/// <param name="Columns">The indexed columns; empty for an expression index.</param>
internal sealed record IndexInfo(string Name, IReadOnlyList<string> Columns, bool Unique)
{
    /// <summary>The catalog's detail of the index (PostgreSQL only), null where it was not read.</summary>
    public IndexDetail? Detail { get; init; }

    /// <summary>A partial index's predicate, in <see cref="SqlText.Condition"/>'s normal form.</summary>
    public string? Where { get; init; }

    /// <summary>An expression index's key, in <see cref="SqlText.Condition"/>'s normal form.</summary>
    public string? Expression { get; init; }

    /// <summary>The access method; null for btree and on SQLite.</summary>
    public string? Method { get; init; }

    /// <summary>Operator classes other than the column type's default, one per column from the first ("" for the default).</summary>
    public IReadOnlyList<string> Ops { get; init; } = [];

    /// <summary>"asc" or "desc" per column from the first, without trailing "asc"s.</summary>
    public IReadOnlyList<string> Order { get; init; } = [];

    public string DescribeOptions() =>
        (Expression is null ? string.Empty : " expression " + Expression)
        + (Where is null ? string.Empty : " where " + Where)
        + (Method is null ? string.Empty : " using " + Method)
        + (Ops.Count == 0 ? string.Empty : $" ops ({string.Join(", ", Ops)})")
        + (Order.Count == 0 ? string.Empty : $" order ({string.Join(", ", Order)})");

    /// <summary>Per-column lists without their trailing defaults, so a live index and a written one compare alike.</summary>
    public static IReadOnlyList<string> Trimmed(IEnumerable<string> items, string fallback)
    {
        var list = items.ToList();
        while (list.Count > 0 && list[^1] == fallback)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }
}

/// <summary>
/// A foreign key as the replay's shape compares it: its first column, and its name where it was read. The update rule
/// is read on both dialects, the name and every column on PostgreSQL only (SQLite does not report names); of them the
/// update rule and the name are among the <see cref="TableInfo.Lines"/>, so a key the replay names otherwise shows as drift.
/// </summary>
/// <param name="OnDelete">"NO ACTION", "CASCADE", "SET NULL", "RESTRICT" or "SET DEFAULT".</param>
internal sealed record ForeignKeyInfo(string Column, string TargetTable, string TargetColumn, string OnDelete)
{
    /// <summary>The constraint's name (PostgreSQL only).</summary>
    public string? Name { get; init; }

    /// <summary>All columns of the key, in order (PostgreSQL; a composite key's first is <see cref="Column"/>).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public IReadOnlyList<string> TargetColumns { get; init; } = [];

    /// <summary>As <see cref="OnDelete"/>, for an update of the referenced key.</summary>
    public string OnUpdate { get; init; } = "NO ACTION";
}
