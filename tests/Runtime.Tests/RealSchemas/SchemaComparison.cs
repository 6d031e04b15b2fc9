using BackendInABox.Introspection;

namespace BackendInABox.Runtime.Tests.RealSchemas;

/// <summary>One object of the original schema and why the port's counterpart differs (no reasons: exact).</summary>
/// <param name="Kind">"table", "column", "primary key", "foreign key", "index", "unique constraint", "check", "enum type".</param>
internal sealed record Finding(string Kind, string Name, IReadOnlyList<string> Reasons)
{
    public bool Exact => Reasons.Count == 0;

    public override string ToString() => $"{Kind} {Name}: {string.Join("; ", Reasons)}";
}

/// <summary>
/// Compares an original database with the one a port generated, both read through PostgreSQL's catalogs. Tables and
/// columns are paired by their names with case and underscores ignored (a port that had to rename "ArtistId" to
/// artist_id is paired, and the name is one reason it is not exact); keys, constraints and indexes by what they are on.
/// </summary>
internal static class SchemaComparison
{
    public static SchemaFindings Compare(DatabaseShape original, DatabaseShape port)
    {
        var tables = new List<Finding>();
        var columns = new List<Finding>();
        var objects = new List<Finding>();
        var extras = new List<string>();
        var pairedPortTables = new HashSet<string>(StringComparer.Ordinal);

        foreach (var table in original.Tables)
        {
            var ported = PortTable(port, table.Name);
            if (ported is null)
            {
                tables.Add(new Finding("table", table.Name, ["not in the port"]));
                columns.AddRange(table.Columns.Select(c => new Finding("column", $"{table.Name}.{c.Name}", ["its table is not in the port"])));
                objects.AddRange(Objects(table).Select(o => new Finding(o.Kind, o.Name, ["its table is not in the port"])));
                continue;
            }

            pairedPortTables.Add(ported.Name);
            var tableColumns = CompareColumns(table, ported, extras);
            var tableObjects = CompareObjects(table, ported, extras);
            columns.AddRange(tableColumns);
            objects.AddRange(tableObjects);

            var reasons = new List<string>();
            Differ(reasons, "named", ported.Name, table.Name);
            var inexact = tableColumns.Count(c => !c.Exact) + tableObjects.Count(o => !o.Exact);
            if (inexact > 0)
            {
                reasons.Add($"{inexact} of its columns, keys, constraints and indexes not exact");
            }

            var onlyInPort = extras.Count(e => e.StartsWith(ported.Name + ".", StringComparison.Ordinal) || e.Contains(" on " + ported.Name + ":", StringComparison.Ordinal));
            if (onlyInPort > 0)
            {
                reasons.Add($"{onlyInPort} objects only in the port");
            }

            tables.Add(new Finding("table", table.Name, reasons));
        }

        extras.AddRange(port.Tables.Where(t => !pairedPortTables.Contains(t.Name)).Select(t => $"table {t.Name}: only in the port"));
        var types = original.EnumTypes.Select(type =>
        {
            var ported = port.EnumTypes.FirstOrDefault(p => p.Name == type.Name);
            return new Finding("enum type", type.Name, ported is null
                ? ["not in the port (the port's column is not a native enum)"]
                : ported.Labels.SequenceEqual(type.Labels) ? [] : [$"labels ({string.Join(", ", ported.Labels)}), original ({string.Join(", ", type.Labels)})"]);
        }).ToList();
        var portOutside = port.Outside.ToHashSet();
        var outside = original.Outside.Where(o => !portOutside.Contains(o)).ToList();
        return new SchemaFindings(tables, columns, objects, types, extras, outside);
    }

    /// <summary>Case and underscores ignored ("PlaylistTrack" and playlist_track are one name).</summary>
    public static string Key(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>The port's table for an original one: the same name with case and underscores ignored, or its plural.</summary>
    public static TableInfo? PortTable(DatabaseShape port, string original) =>
        port.Tables.FirstOrDefault(t => Key(t.Name) == Key(original))
        ?? port.Tables.FirstOrDefault(t => Key(t.Name) == Key(original) + "s" || Key(t.Name) == Key(original) + "es");

    public static ColumnInfo? PortColumn(TableInfo port, string original) => port.Columns.FirstOrDefault(c => Key(c.Name) == Key(original));

    private static List<Finding> CompareColumns(TableInfo original, TableInfo port, List<string> extras)
    {
        var findings = original.Columns.Select(column =>
        {
            var ported = PortColumn(port, column.Name);
            if (ported is null)
            {
                return new Finding("column", $"{original.Name}.{column.Name}", ["not in the port"]);
            }

            var reasons = new List<string>();
            Differ(reasons, "named", ported.Name, column.Name);
            Differ(reasons, "type", ported.Type, column.Type);
            Differ(reasons, "nullable", ported.Nullable ? "null" : "not null", column.Nullable ? "null" : "not null");
            Differ(reasons, "default", ported.Default ?? "none", column.Default ?? "none");
            Differ(reasons, "identity", ported.Identity ?? "none", column.Identity ?? "none");
            return new Finding("column", $"{original.Name}.{column.Name}", reasons);
        }).ToList();
        extras.AddRange(port.Columns.Where(c => original.Columns.All(o => Key(o.Name) != Key(c.Name))).Select(c => $"{port.Name}.{c.Name}: column only in the port"));
        return findings;
    }

    /// <summary>An original object, its name for the report, and the key it is paired by.</summary>
    private sealed record Described(string Kind, string Name, string PairKey, object Item);

    private static IEnumerable<Described> Objects(TableInfo table)
    {
        if (table.PrimaryKey.Count > 0)
        {
            yield return new Described("primary key", $"{table.PrimaryKeyName} on {table.Name}", "pk", table);
        }

        foreach (var key in table.ForeignKeys)
        {
            yield return new Described("foreign key", $"{key.Name} on {table.Name}", ForeignKeyPair(key), key);
        }

        foreach (var index in table.Indexes)
        {
            var kind = index.Detail?.Constraint == "UNIQUE" ? "unique constraint" : "index";
            yield return new Described(kind, $"{index.Name} on {table.Name}", IndexPair(index), index);
        }

        foreach (var check in table.Checks)
        {
            yield return new Described("check", $"{check.Name} on {table.Name}", CheckPair(check), check);
        }
    }

    private static List<Finding> CompareObjects(TableInfo original, TableInfo port, List<string> extras)
    {
        var portObjects = Objects(port).ToList();
        var paired = new HashSet<Described>();
        var findings = new List<Finding>();
        foreach (var item in Objects(original))
        {
            var counterpart = portObjects.FirstOrDefault(p => !paired.Contains(p) && p.PairKey == item.PairKey && p.Kind == item.Kind)
                ?? portObjects.FirstOrDefault(p => !paired.Contains(p) && p.PairKey == item.PairKey);
            if (counterpart is not null)
            {
                paired.Add(counterpart);
            }

            var reasons = (item.Item, counterpart?.Item) switch
            {
                (TableInfo, _) => PrimaryKeyReasons(original, port),
                (_, null) => ["not in the port"],
                (ForeignKeyInfo key, ForeignKeyInfo ported) => ForeignKeyReasons(key, ported),
                (IndexInfo index, IndexInfo ported) => IndexReasons(index, ported),
                (CheckInfo check, CheckInfo ported) => CheckReasons(check, ported),
                _ => (IReadOnlyList<string>)[],
            };
            if (counterpart is not null && counterpart.Kind != item.Kind)
            {
                reasons = [$"a {counterpart.Kind} in the port", .. reasons];
            }

            findings.Add(new Finding(item.Kind, item.Name, reasons));
        }

        extras.AddRange(portObjects.Where(p => !paired.Contains(p) && p.Kind != "primary key").Select(p => $"{p.Kind} {p.Name}: only in the port"));
        return findings;
    }

    private static IReadOnlyList<string> PrimaryKeyReasons(TableInfo original, TableInfo port)
    {
        var reasons = new List<string>();
        if (port.PrimaryKey.Count == 0)
        {
            return ["the port has no primary key"];
        }

        Differ(reasons, "named", port.PrimaryKeyName ?? "?", original.PrimaryKeyName ?? "?");
        Differ(reasons, "columns", string.Join(", ", port.PrimaryKey), string.Join(", ", original.PrimaryKey));
        return reasons;
    }

    private static string ForeignKeyPair(ForeignKeyInfo key) => "fk " + string.Join(",", key.Columns.Select(Key));

    private static IReadOnlyList<string> ForeignKeyReasons(ForeignKeyInfo original, ForeignKeyInfo port)
    {
        var reasons = new List<string>();
        Differ(reasons, "named", port.Name ?? "?", original.Name ?? "?");
        Differ(reasons, "columns", string.Join(", ", port.Columns), string.Join(", ", original.Columns));
        Differ(reasons, "references", $"{port.TargetTable}({string.Join(", ", port.TargetColumns)})", $"{original.TargetTable}({string.Join(", ", original.TargetColumns)})");
        Differ(reasons, "on delete", port.OnDelete, original.OnDelete);
        Differ(reasons, "on update", port.OnUpdate, original.OnUpdate);
        return reasons;
    }

    private static string IndexPair(IndexInfo index) =>
        "ix " + (index.Detail is { } detail ? string.Join(",", detail.Keys.Select(k => Key(k.Text))) : string.Join(",", index.Columns.Select(Key)));

    private static IReadOnlyList<string> IndexReasons(IndexInfo original, IndexInfo port)
    {
        var reasons = new List<string>();
        Differ(reasons, "named", port.Name, original.Name);
        Differ(reasons, "unique", port.Unique ? "yes" : "no", original.Unique ? "yes" : "no");
        Differ(reasons, "method", port.Detail?.Method ?? "?", original.Detail?.Method ?? "?");
        Differ(reasons, "keys", Keys(port), Keys(original));
        Differ(reasons, "where", port.Detail?.Predicate ?? "none", original.Detail?.Predicate ?? "none");
        return reasons;
    }

    private static string Keys(IndexInfo index) =>
        index.Detail is { } detail ? string.Join(", ", detail.Keys.Select(k => k.Describe())) : string.Join(", ", index.Columns);

    private static string CheckPair(CheckInfo check) => "ck " + Key(check.Definition);

    private static IReadOnlyList<string> CheckReasons(CheckInfo original, CheckInfo port)
    {
        var reasons = new List<string>();
        Differ(reasons, "named", port.Name, original.Name);
        Differ(reasons, "definition", port.Definition, original.Definition);
        return reasons;
    }

    private static void Differ(List<string> reasons, string what, string port, string original)
    {
        if (!string.Equals(port, original, StringComparison.Ordinal))
        {
            reasons.Add($"{what} {port} (original {original})");
        }
    }
}
