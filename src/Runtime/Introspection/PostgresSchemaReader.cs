using System.Data.Common;
using System.Text.RegularExpressions;
using static BackendInABox.Introspection.SchemaReader;

namespace BackendInABox.Introspection;

/// <summary>
/// PostgreSQL's shape, from pg_catalog for the connection's current schema: one query each for columns, indexes
/// (the primary key's among them, with method, operator classes, order, expression and predicate), foreign keys,
/// CHECK constraints, triggers and the labels of native enum columns (which keep a column to its values as an enum
/// CHECK does, so they are compared as one), plus <see cref="PostgresCatalogDetails"/>' index detail and the objects
/// outside the format.
/// </summary>
internal static partial class PostgresSchemaReader
{
    private const string OwnTables = """
        FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')
        """;

    /// <param name="enumChecks">The enum CHECKs the generator made, by table and name, as the build's manifest lists them.</param>
    public static async Task<DatabaseShape> ReadAsync(DbConnection connection, IReadOnlySet<(string Table, string Name)> enumChecks, CancellationToken cancellationToken)
    {
        var tableNames = (await QueryAsync(connection, $"SELECT t.relname {OwnTables} ORDER BY 1", cancellationToken))
            .Select(r => Text(r[0])).Where(t => !Shared.RunnerTables.Contains(t)).ToList();

        var columns = await QueryAsync(connection, $"""
            SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text
            {OwnTables.Replace("WHERE", "JOIN pg_attribute a ON a.attrelid = t.oid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE", StringComparison.Ordinal)}
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.relname, a.attnum
            """, cancellationToken);

        // One row per key column: its name (null for an expression), the expression, the operator class unless it is
        // the type's default, and DESC (bit 1 of indoption); with the index's method and predicate.
        var indexes = await QueryAsync(connection, $"""
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary, a.attname,
                   CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.position::int, true) END,
                   CASE WHEN NOT oc.opcdefault THEN oc.opcname END, (ix.indoption[k.position - 1] & 1) = 1,
                   am.amname, pg_get_expr(ix.indpred, ix.indrelid)
            {OwnTables.Replace("WHERE", """
                JOIN pg_index ix ON ix.indrelid = t.oid JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam
                CROSS JOIN LATERAL unnest(ix.indkey::int2[], ix.indclass::oid[]) WITH ORDINALITY AS k(attnum, opclass, position)
                LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                LEFT JOIN pg_opclass oc ON oc.oid = k.opclass WHERE
                """, StringComparison.Ordinal)}
              AND k.position <= ix.indnkeyatts
            ORDER BY t.relname, i.relname, k.position
            """, cancellationToken);

        var keys = await QueryAsync(connection, $"""
            SELECT t.relname, c.conname, rt.relname, c.confdeltype::text, c.confupdtype::text,
              ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
              ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
            {OwnTables.Replace("WHERE", """
                JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'f'
                JOIN pg_class rt ON rt.oid = c.confrelid WHERE
                """, StringComparison.Ordinal)}
            ORDER BY t.relname, c.conname
            """, cancellationToken);

        var checks = await QueryAsync(connection, $"""
            SELECT t.relname, pg_get_constraintdef(c.oid), c.conname
            {OwnTables.Replace("WHERE", "JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'c' WHERE", StringComparison.Ordinal)}
            ORDER BY t.relname, c.conname
            """, cancellationToken);

        var details = await PostgresCatalogDetails.IndexesAsync(connection, cancellationToken);

        var nativeLabels = await QueryAsync(connection, $"""
            SELECT t.relname, a.attname, e.enumlabel
            {OwnTables.Replace("WHERE", "JOIN pg_attribute a ON a.attrelid = t.oid JOIN pg_type at ON at.oid = a.atttypid JOIN pg_enum e ON e.enumtypid IN (at.oid, at.typelem) WHERE", StringComparison.Ordinal)}
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.relname, a.attname, e.enumsortorder
            """, cancellationToken);

        var triggers = await QueryAsync(connection, $"""
            SELECT t.relname, tg.tgname
            {OwnTables.Replace("WHERE", "JOIN pg_trigger tg ON tg.tgrelid = t.oid AND NOT tg.tgisinternal WHERE", StringComparison.Ordinal)}
            ORDER BY t.relname, tg.tgname
            """, cancellationToken);

        var allChecks = checks
            .Select(r => (Table: Text(r[0]), Match: CheckedColumn().Match(Text(r[1])), Definition: Text(r[1]), Name: Text(r[2])))
            .ToList();
        var generatedChecks = allChecks.Where(c => IsEnumCheck(c.Match, c.Definition) && enumChecks.Contains((c.Table, c.Name))).ToList();

        var tables = tableNames.Select(table =>
        {
            var primaryRows = indexes.Where(r => Text(r[0]) == table && (bool)r[3]!).ToList();
            var primary = primaryRows.Select(r => Text(r[4])).ToList();
            var tableColumns = columns.Where(r => Text(r[0]) == table).Select(r =>
            {
                var name = Text(r[1]);
                return new ColumnInfo(
                    name,
                    SqlText.PostgresType(Text(r[2])),
                    !(bool)r[3]! && !primary.Contains(name),
                    SqlText.Default(r[4] is null ? null : Text(r[4])))
                {
                    Identity = IdentityKind(Text(r[5])),
                };
            }).ToList();
            var tableIndexes = indexes.Where(r => Text(r[0]) == table && !(bool)r[3]!)
                .GroupBy(r => Text(r[1]))
                .Select(g => Index(g) with { Detail = details.GetValueOrDefault((table, g.Key)) })
                .ToList();
            var tableKeys = keys.Where(r => Text(r[0]) == table)
                .Select(r => (Row: r, Columns: (string[])r[5]!, Targets: (string[])r[6]!))
                .Select(k => new ForeignKeyInfo(k.Columns[0], Text(k.Row[2]), k.Targets[0], DeleteRule(Text(k.Row[3])))
                {
                    Name = Text(k.Row[1]),
                    Columns = k.Columns,
                    TargetColumns = k.Targets,
                    OnUpdate = DeleteRule(Text(k.Row[4])),
                })
                .ToList();
            // The values are read after the column's name, which may hold a single quote.
            var tableChecks = generatedChecks.Where(c => c.Table == table)
                .Select(c => new EnumCheckInfo(CheckedName(c.Match), SqlText.QuotedValues(c.Definition[(c.Match.Index + c.Match.Length)..])))
                .Concat(nativeLabels.Where(r => Text(r[0]) == table).GroupBy(r => Text(r[1])).Select(g => new EnumCheckInfo(g.Key, [.. g.Select(r => Text(r[2]))])))
                .ToList();
            var modelChecks = allChecks.Where(c => c.Table == table && !generatedChecks.Contains(c))
                .Select(c => new ModelCheckInfo(c.Name, SqlText.Condition(CheckCondition(c.Definition))!))
                .ToList();
            return new TableInfo(table, tableColumns, primary, tableIndexes, tableKeys, tableChecks)
            {
                PrimaryKeyName = primaryRows.Select(r => Text(r[1])).FirstOrDefault(),
                Checks = [.. checks.Where(r => Text(r[0]) == table).Select(r => new CheckInfo(Text(r[2]), Text(r[1])))],
                ModelChecks = modelChecks,
                Triggers = [.. triggers.Where(r => Text(r[0]) == table).Select(r => Text(r[1]))],
            };
        }).ToList();

        return new DatabaseShape(tables)
        {
            Outside = await PostgresCatalogDetails.OutsideAsync(connection, cancellationToken),
            EnumTypes = await PostgresCatalogDetails.EnumTypesAsync(connection, cancellationToken),
        };
    }

    private static string? IdentityKind(string code) => code switch
    {
        "a" => "ALWAYS",
        "d" => "BY DEFAULT",
        _ => null,
    };

    private static IndexInfo Index(IGrouping<string, object?[]> rows)
    {
        var first = rows.First();
        var expressions = rows.Where(r => r[4] is null).Select(r => Text(r[5])).ToList();
        var method = Text(first[8]);
        return new IndexInfo(rows.Key, [.. rows.Where(r => r[4] is not null).Select(r => Text(r[4]))], (bool)first[2]!)
        {
            Expression = expressions.Count == 0 ? null : SqlText.Condition(string.Join(", ", expressions)),
            Where = SqlText.Condition(first[9] is null ? null : Text(first[9])),
            Method = method == "btree" ? null : method,
            Ops = IndexInfo.Trimmed(rows.Select(r => r[6] is null ? string.Empty : Text(r[6])), string.Empty),
            Order = IndexInfo.Trimmed(rows.Select(r => (bool)r[7]! ? "desc" : "asc"), "asc"),
        };
    }

    /// <summary>
    /// Of the form PostgreSQL gives an enum column's CHECK, <c>"column" IN ('a', 'b')</c>, or an enum array's
    /// <c>"column" &lt;@ ARRAY['a', 'b']</c>: with a name the generator gave one, it is that column's list of values;
    /// every other CHECK is a model's <c>checks:</c>.
    /// </summary>
    private static bool IsEnumCheck(Match match, string definition) =>
        match.Success && (definition.Contains("= ANY (", StringComparison.Ordinal) || definition.Contains(" <@ ", StringComparison.Ordinal));

    /// <summary>The condition of "CHECK (...)" as pg_get_constraintdef writes it, without a trailing NOT VALID.</summary>
    private static string CheckCondition(string definition)
    {
        var text = definition.StartsWith("CHECK ", StringComparison.Ordinal) ? definition[6..] : definition;
        return text.EndsWith(" NOT VALID", StringComparison.Ordinal) ? text[..^10] : text;
    }

    /// <summary>A referential action code of pg_constraint (confdeltype or confupdtype).</summary>
    private static string DeleteRule(string code) => code switch
    {
        "c" => "CASCADE",
        "n" => "SET NULL",
        "r" => "RESTRICT",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };

    /// <summary>
    /// The column a CHECK is about: its first identifier ("CHECK (((status)::text = ANY (...)))" → status), which
    /// PostgreSQL quotes when the name needs it ("CHECK (((""Order Status"")::text ...").
    /// </summary>
    [GeneratedRegex(@"^CHECK \(+(?:""((?:[^""]|"""")+)""|([A-Za-z_][A-Za-z0-9_$]*))")]
    private static partial Regex CheckedColumn();

    private static string CheckedName(Match match) =>
        match.Groups[1].Success ? match.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : match.Groups[2].Value;
}
