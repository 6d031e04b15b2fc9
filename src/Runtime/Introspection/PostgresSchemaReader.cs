using System.Data.Common;
using System.Text.RegularExpressions;
using static BackendInABox.Introspection.SchemaReader;

namespace BackendInABox.Introspection;

/// <summary>
/// PostgreSQL's shape, from pg_catalog for the connection's current schema: one query each for columns, indexes
/// (the primary key's among them), foreign keys, CHECK constraints, triggers and the labels of native enum columns
/// (which keep a column to its values as an enum CHECK does, so they are compared as one), plus
/// <see cref="PostgresCatalogDetails"/>' index detail and the objects outside the format.
/// </summary>
internal static partial class PostgresSchemaReader
{
    private const string OwnTables = """
        FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')
        """;

    public static async Task<DatabaseShape> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tableNames = (await QueryAsync(connection, $"SELECT t.relname {OwnTables} ORDER BY 1", cancellationToken))
            .Select(r => Text(r[0])).Where(t => !Shared.RunnerTables.Contains(t)).ToList();

        var columns = await QueryAsync(connection, $"""
            SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text
            {OwnTables.Replace("WHERE", "JOIN pg_attribute a ON a.attrelid = t.oid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE", StringComparison.Ordinal)}
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.relname, a.attnum
            """, cancellationToken);

        var indexes = await QueryAsync(connection, $"""
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary, a.attname
            {OwnTables.Replace("WHERE", """
                JOIN pg_index ix ON ix.indrelid = t.oid JOIN pg_class i ON i.oid = ix.indexrelid
                CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum WHERE
                """, StringComparison.Ordinal)}
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
            {OwnTables.Replace("WHERE", "JOIN pg_attribute a ON a.attrelid = t.oid JOIN pg_enum e ON e.enumtypid = a.atttypid WHERE", StringComparison.Ordinal)}
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.relname, a.attname, e.enumsortorder
            """, cancellationToken);

        var triggers = await QueryAsync(connection, $"""
            SELECT t.relname, tg.tgname
            {OwnTables.Replace("WHERE", "JOIN pg_trigger tg ON tg.tgrelid = t.oid AND NOT tg.tgisinternal WHERE", StringComparison.Ordinal)}
            ORDER BY t.relname, tg.tgname
            """, cancellationToken);

        var enumChecks = checks
            .Select(r => (Table: Text(r[0]), Match: CheckedColumn().Match(Text(r[1])), Definition: Text(r[1])))
            .Where(c => c.Match.Success)
            .ToList();

        var tables = tableNames.Select(table =>
        {
            var primary = indexes.Where(r => Text(r[0]) == table && (bool)r[3]!).Select(r => Text(r[4])).ToList();
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
                .Select(g => new IndexInfo(g.Key, [.. g.Select(r => Text(r[4]))], (bool)g.First()[2]!) { Detail = details.GetValueOrDefault((table, g.Key)) })
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
            var tableChecks = enumChecks.Where(c => c.Table == table)
                .Select(c => new EnumCheckInfo(c.Match.Groups[1].Value, SqlText.QuotedValues(c.Definition)))
                .Concat(nativeLabels.Where(r => Text(r[0]) == table).GroupBy(r => Text(r[1])).Select(g => new EnumCheckInfo(g.Key, [.. g.Select(r => Text(r[2]))])))
                .ToList();
            return new TableInfo(table, tableColumns, primary, tableIndexes, tableKeys, tableChecks)
            {
                PrimaryKeyName = indexes.Where(r => Text(r[0]) == table && (bool)r[3]!).Select(r => Text(r[1])).FirstOrDefault(),
                Checks = [.. checks.Where(r => Text(r[0]) == table).Select(r => new CheckInfo(Text(r[2]), Text(r[1])))],
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

    private static string DeleteRule(string code) => code switch
    {
        "c" => "CASCADE",
        "n" => "SET NULL",
        "r" => "RESTRICT",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };

    /// <summary>The column a CHECK is about: its first identifier ("CHECK (((status)::text = ANY (...)))" → status).</summary>
    [GeneratedRegex(@"^CHECK \(+""?([A-Za-z_][A-Za-z0-9_]*)""?\)?")]
    private static partial Regex CheckedColumn();
}
