using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// The tables as they stand at one point of the migration history, changed one operation at a time.
/// Applying an operation that does not fit (a drop of a column that does not exist, an add of one that does)
/// returns why, and leaves the state unchanged.
/// </summary>
internal sealed class SchemaState
{
    private readonly Dictionary<string, TableShape> _tables;

    public SchemaState()
        : this(new Dictionary<string, TableShape>(StringComparer.Ordinal))
    {
    }

    private SchemaState(Dictionary<string, TableShape> tables) => _tables = tables;

    public static SchemaState From(IEnumerable<TableShape> tables) => new(tables.ToDictionary(t => t.Name, StringComparer.Ordinal));

    public SchemaState Clone() => new(new Dictionary<string, TableShape>(_tables, StringComparer.Ordinal));

    public TableShape? Table(string name) => _tables.TryGetValue(name, out var table) ? table : null;

    /// <summary>Every table, sorted by name, columns in their order.</summary>
    public EquatableArray<TableShape> Tables => _tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>A comparable form: column order is not part of the schema (a column dropped and re-added comes back last).</summary>
    public EquatableArray<TableShape> Canonical =>
        _tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(CanonicalOf).ToEquatableArray();

    /// <summary>
    /// Whether <paramref name="other"/> holds the same schema, column order aside, as <see cref="Canonical"/> compares;
    /// a table a clone shares unchanged is the same object, so only the tables a migration touched are compared.
    /// </summary>
    public bool SameSchemaAs(SchemaState other)
    {
        if (_tables.Count != other._tables.Count)
        {
            return false;
        }

        foreach (var pair in _tables)
        {
            if (!other._tables.TryGetValue(pair.Key, out var table) || (!ReferenceEquals(table, pair.Value) && !CanonicalOf(table).Equals(CanonicalOf(pair.Value))))
            {
                return false;
            }
        }

        return true;
    }

    public string? Apply(Operation op)
    {
        if (op.KeepsSchema)
        {
            return null;
        }

        var table = Table(op.Table);
        if (op.Kind == OperationKind.CreateTable)
        {
            if (table is not null)
            {
                return $"table '{op.Table}' already exists at this point of the history";
            }

            if (TableIgnoringCase(op.Table) is { } other)
            {
                return $"table '{other}' already exists at this point of the history, and SQLite compares table names ignoring case";
            }

            _tables[op.Table] = new TableShape(op.Table, op.Columns, EquatableArray<IndexShape>.Empty, EquatableArray<ForeignKeyShape>.Empty)
            {
                PrimaryKeyName = op.Columns.Any(c => c.PrimaryKey) ? op.PrimaryKeyName ?? IndexNames.LegacyPrimaryKey(op.Table) : null,
                Checks = op.Checks.OrderBy(c => c.Name, StringComparer.Ordinal).ToEquatableArray(),
                PrimaryKey = op.PrimaryKey.IsEmpty ? op.Columns.Where(c => c.PrimaryKey).Select(c => c.Name).ToEquatableArray() : op.PrimaryKey,
            };
            return null;
        }

        if (table is null)
        {
            return $"table '{op.Table}' does not exist at this point of the history";
        }

        switch (op.Kind)
        {
            case OperationKind.DropTable:
                var referencing = _tables.Values.FirstOrDefault(t => t.Name != op.Table && t.ForeignKeys.Any(f => f.TargetTable == op.Table));
                if (referencing is not null)
                {
                    return $"table '{op.Table}' is still referenced by a foreign key of '{referencing.Name}'; drop that foreign key first";
                }

                _tables.Remove(op.Table);
                return null;
            case OperationKind.RenameTable:
                if (TableIgnoringCase(op.NewName!) is { } taken)
                {
                    return taken == op.NewName ? $"table '{op.NewName}' already exists" : $"table '{taken}' already exists, and SQLite compares table names ignoring case";
                }

                _tables.Remove(op.Table);
                _tables[op.NewName!] = table with { Name = op.NewName! };
                foreach (var other in _tables.Values.ToList())
                {
                    if (other.ForeignKeys.Any(f => f.TargetTable == op.Table))
                    {
                        _tables[other.Name] = other with
                        {
                            ForeignKeys = other.ForeignKeys.Select(f => f.TargetTable == op.Table ? f with { TargetTable = op.NewName! } : f).ToEquatableArray(),
                        };
                    }
                }

                return null;
            case OperationKind.AddColumn:
                if (ColumnIgnoringCase(table, op.Column.Name) is { } existing)
                {
                    return $"column '{op.Table}.{existing.Name}' already exists{(existing.Name == op.Column.Name ? string.Empty : ", and SQLite compares column names ignoring case")}";
                }

                if (op.Column.PrimaryKey)
                {
                    return $"column '{op.Table}.{op.Column.Name}' cannot be added as a primary key to an existing table";
                }

                _tables[op.Table] = table with { Columns = table.Columns.Concat(new[] { op.Column }).ToEquatableArray() };
                return null;
            case OperationKind.DropColumn:
                {
                    var column = Column(table, op.Name!);
                    if (column is null)
                    {
                        return $"column '{op.Table}.{op.Name}' does not exist at this point of the history";
                    }

                    if (column.PrimaryKey)
                    {
                        return $"column '{op.Table}.{op.Name}' is the primary key and cannot be dropped";
                    }

                    if (table.Indexes.FirstOrDefault(i => i.Columns.Contains(op.Name!)) is { } index)
                    {
                        return $"column '{op.Table}.{op.Name}' is still used by index '{index.Name}'; drop the index first";
                    }

                    if (table.ForeignKeys.FirstOrDefault(f => f.Column == op.Name) is { } key)
                    {
                        return $"column '{op.Table}.{op.Name}' is still used by foreign key '{key.Name}'; drop it first";
                    }

                    _tables[op.Table] = table with { Columns = table.Columns.Where(c => c.Name != op.Name).ToEquatableArray() };
                    return null;
                }

            case OperationKind.RenameColumn:
                if (Column(table, op.Name!) is null)
                {
                    return $"column '{op.Table}.{op.Name}' does not exist at this point of the history";
                }

                // A change of case only is one column to SQLite, which renames it.
                if (ColumnIgnoringCase(table, op.NewName!) is { } clash && !string.Equals(clash.Name, op.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return $"column '{op.Table}.{clash.Name}' already exists{(clash.Name == op.NewName ? string.Empty : ", and SQLite compares column names ignoring case")}";
                }

                _tables[op.Table] = table with
                {
                    Columns = table.Columns.Select(c => c.Name == op.Name ? c with { Name = op.NewName! } : c).ToEquatableArray(),
                    Indexes = table.Indexes.Select(i => i with { Columns = i.Columns.Select(c => c == op.Name ? op.NewName! : c).ToEquatableArray() }).ToEquatableArray(),
                    ForeignKeys = table.ForeignKeys.Select(f => f.Column == op.Name ? f with { Column = op.NewName! } : f).ToEquatableArray(),
                    PrimaryKey = table.PrimaryKey.Select(c => c == op.Name ? op.NewName! : c).ToEquatableArray(),
                };
                RenameReferences(op.Table, op.Name!, op.NewName!);
                return null;
            case OperationKind.AlterColumn:
                {
                    var column = Column(table, op.Column.Name);
                    if (column is null)
                    {
                        return $"column '{op.Table}.{op.Column.Name}' does not exist at this point of the history";
                    }

                    if (column.PrimaryKey != op.Column.PrimaryKey)
                    {
                        return $"alter_column cannot change whether '{op.Table}.{op.Column.Name}' is the primary key";
                    }

                    _tables[op.Table] = table with { Columns = table.Columns.Select(c => c.Name == op.Column.Name ? op.Column : c).ToEquatableArray() };
                    return null;
                }

            case OperationKind.CreateIndex:
                if (table.Indexes.Any(i => i.Name == op.Name) || _tables.Values.Any(t => t.Indexes.Any(i => i.Name == op.Name)))
                {
                    return $"index '{op.Name}' already exists";
                }

                if (op.IndexColumns.IsEmpty == (op.IndexOptions.Expression is null))
                {
                    return $"index '{op.Name}' needs either columns or an expression";
                }

                if (op.IndexOptions.Ops.Count > op.IndexColumns.Count || op.IndexOptions.Order.Count > op.IndexColumns.Count)
                {
                    return $"index '{op.Name}' lists more ops or orders than columns";
                }

                foreach (var name in op.IndexColumns)
                {
                    if (Column(table, name) is null)
                    {
                        return $"index '{op.Name}' names column '{op.Table}.{name}', which does not exist at this point of the history";
                    }
                }

                _tables[op.Table] = table with
                {
                    Indexes = table.Indexes.Concat(new[] { op.Index }).OrderBy(i => i.Name, StringComparer.Ordinal).ToEquatableArray(),
                };
                return null;
            case OperationKind.DropIndex:
                return DropNamed(op, "index", table.Indexes, i => i.Name, kept => table with { Indexes = kept });
            case OperationKind.AddForeignKey:
                {
                    var key = op.ForeignKey!;
                    if (table.ForeignKeys.Any(f => f.Name == key.Name))
                    {
                        return $"foreign key '{key.Name}' already exists";
                    }

                    if (Column(table, key.Column) is null)
                    {
                        return $"column '{op.Table}.{key.Column}' does not exist at this point of the history";
                    }

                    var target = Table(key.TargetTable);
                    if (target is null || Column(target, key.TargetColumn) is null)
                    {
                        return $"foreign key '{key.Name}' references '{key.TargetTable}.{key.TargetColumn}', which does not exist at this point of the history";
                    }

                    _tables[op.Table] = table with { ForeignKeys = table.ForeignKeys.Concat(new[] { key }).OrderBy(f => f.Name, StringComparer.Ordinal).ToEquatableArray() };
                    return null;
                }

            case OperationKind.DropForeignKey:
                return DropNamed(op, "foreign key", table.ForeignKeys, f => f.Name, kept => table with { ForeignKeys = kept });
            case OperationKind.AddCheck:
                if (table.Checks.Any(c => c.Name == op.Check!.Name))
                {
                    return $"check '{op.Check!.Name}' already exists on '{op.Table}'";
                }

                _tables[op.Table] = table with { Checks = table.Checks.Concat(new[] { op.Check! }).OrderBy(c => c.Name, StringComparer.Ordinal).ToEquatableArray() };
                return null;
            case OperationKind.DropCheck:
                return DropNamed(op, "check", table.Checks, c => c.Name, kept => table with { Checks = kept });
            case OperationKind.AlterPrimaryKey:
                return AlterPrimaryKey(table, op.PrimaryKey);
            default:
                return null;
        }
    }

    /// <summary>
    /// A new key over existing required columns. A column that leaves the key must not be referenced by a foreign key
    /// (which needs the key's unique index).
    /// </summary>
    private string? AlterPrimaryKey(TableShape table, EquatableArray<string> key)
    {
        foreach (var name in key)
        {
            var column = Column(table, name);
            if (column is null)
            {
                return $"the primary key names column '{table.Name}.{name}', which does not exist at this point of the history";
            }

            if (column.Nullable)
            {
                return $"column '{table.Name}.{name}' is optional and cannot be part of the primary key; make it required first";
            }
        }

        foreach (var leaving in table.PrimaryKey.Where(c => !key.Contains(c)))
        {
            if (_tables.Values.SelectMany(t => t.ForeignKeys.Select(f => (Table: t.Name, Key: f))).FirstOrDefault(r => r.Key.TargetTable == table.Name && r.Key.TargetColumn == leaving) is { Key: not null } reference)
            {
                return $"foreign key '{reference.Key.Name}' of '{reference.Table}' references '{table.Name}.{leaving}', which leaves the primary key; drop that foreign key first";
            }
        }

        _tables[table.Name] = table with
        {
            Columns = table.Columns.Select(c => c with { PrimaryKey = key.Contains(c.Name) }).ToEquatableArray(),
            PrimaryKey = key,
            PrimaryKeyName = key.IsEmpty ? null : IndexNames.PrimaryKey(table.Name),
        };
        return null;
    }

    private static TableShape CanonicalOf(TableShape table) =>
        table with { Columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).ToEquatableArray() };

    /// <summary>A loop, not FirstOrDefault: the diff and the replay look up every column of every table, and a lambda and an enumerator each time added up.</summary>
    public static ColumnShape? Column(TableShape table, string name)
    {
        foreach (var column in table.Columns)
        {
            if (column.Name == name)
            {
                return column;
            }
        }

        return null;
    }

    private static ColumnShape? ColumnIgnoringCase(TableShape table, string name) =>
        Column(table, name) ?? table.Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private string? TableIgnoringCase(string name) =>
        _tables.ContainsKey(name) ? name : _tables.Keys.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops the index or foreign key the operation names, or says it is not there at this point of the history.</summary>
    private string? DropNamed<T>(Operation op, string what, EquatableArray<T> items, Func<T, string> name, Func<EquatableArray<T>, TableShape> without)
        where T : IEquatable<T>
    {
        if (!items.Any(i => name(i) == op.Name))
        {
            return $"{what} '{op.Name}' does not exist on '{op.Table}' at this point of the history";
        }

        _tables[op.Table] = without(items.Where(i => name(i) != op.Name).ToEquatableArray());
        return null;
    }

    private void RenameReferences(string table, string from, string to)
    {
        foreach (var other in _tables.Values.ToList())
        {
            if (other.ForeignKeys.Any(f => f.TargetTable == table && f.TargetColumn == from))
            {
                _tables[other.Name] = other with
                {
                    ForeignKeys = other.ForeignKeys.Select(f => f.TargetTable == table && f.TargetColumn == from ? f with { TargetColumn = to } : f).ToEquatableArray(),
                };
            }
        }
    }
}
