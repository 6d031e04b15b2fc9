using System.Data.Common;
using static BackendInABox.Introspection.SchemaReader;

namespace BackendInABox.Introspection;

/// <summary>
/// What PostgreSQL's catalogs say beyond the shape the history replay checks: each index's method, keys (columns or
/// expressions with operator class and order) and predicate, and the objects of the schema no schema file describes.
/// </summary>
internal static class PostgresCatalogDetails
{
    /// <summary>The triggers and functions of <c>auto_update</c> columns (tg_&lt;table&gt;_&lt;column&gt;_auto_update) are the generator's own, not outside the format.</summary>
    private const string GeneratorOwned = @"'tg\_%\_auto\_update'";

    private const string SchemaOf = "JOIN pg_namespace n ON n.oid = {0}.relnamespace AND n.nspname = current_schema()";

    /// <summary>Every index of the current schema by (table, index name).</summary>
    public static async Task<Dictionary<(string Table, string Index), IndexDetail>> IndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection, $"""
            SELECT t.relname, i.relname, am.amname, pg_get_expr(ix.indpred, ix.indrelid, true), con.contype::text,
                   k.attnum, pg_get_indexdef(ix.indexrelid, k.position::int, true), opc.opcname, opc.opcdefault, k.option
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid {string.Format(System.Globalization.CultureInfo.InvariantCulture, SchemaOf, "t")}
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            LEFT JOIN pg_constraint con ON con.conindid = ix.indexrelid AND con.conrelid = t.oid AND con.contype IN ('p', 'u', 'x')
            CROSS JOIN LATERAL unnest(ix.indkey::int2[], ix.indclass::oid[], ix.indoption::int2[]) WITH ORDINALITY AS k(attnum, opclass, option, position)
            LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
            WHERE k.position <= ix.indnkeyatts
            ORDER BY t.relname, i.relname, k.position
            """, cancellationToken);

        return rows.GroupBy(r => (Text(r[0]), Text(r[1]))).ToDictionary(
            g => g.Key,
            g => new IndexDetail(
                Text(g.First()[2]),
                [.. g.Select(r => new IndexKey(
                    Text(r[6]),
                    Convert.ToInt32(r[5], System.Globalization.CultureInfo.InvariantCulture) == 0,
                    r[8] is true ? null : Text(r[7]),
                    (Convert.ToInt32(r[9], System.Globalization.CultureInfo.InvariantCulture) & 1) != 0,
                    (Convert.ToInt32(r[9], System.Globalization.CultureInfo.InvariantCulture) & 2) != 0))],
                g.First()[3] is null ? null : Text(g.First()[3]),
                Text(g.First()[4]) switch { "p" => "PRIMARY KEY", "u" => "UNIQUE", "x" => "EXCLUDE", _ => null }));
    }

    /// <summary>
    /// Views, functions, triggers, domains, partitioning, sequences no column owns and extensions (plpgsql, which every
    /// database has, and the generator's own auto_update triggers left out): by name, so a comparison can list them instead of dropping them in silence.
    /// </summary>
    public static async Task<IReadOnlyList<OutsideObject>> OutsideAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var ownedByExtension = "EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = {0}.oid AND e.deptype = 'e')";
        string Format(string template, string alias) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, alias);
        var rows = await QueryAsync(connection, $"""
            SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'p' THEN 'partitioned table' ELSE 'sequence' END, c.relname::text
            FROM pg_class c {Format(SchemaOf, "c")}
            WHERE (c.relkind IN ('v', 'm', 'p')
               OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))))
              AND NOT {Format(ownedByExtension, "c")}
            UNION ALL
            SELECT 'partition', c.relname::text FROM pg_class c {Format(SchemaOf, "c")} WHERE c.relispartition
            UNION ALL
            SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = current_schema()
            WHERE NOT {Format(ownedByExtension, "p")} AND p.proname::text NOT LIKE {GeneratorOwned}
            UNION ALL
            SELECT 'trigger', c.relname || '.' || g.tgname
            FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid {Format(SchemaOf, "c")}
            WHERE NOT g.tgisinternal AND g.tgname::text NOT LIKE {GeneratorOwned}
            UNION ALL
            SELECT 'domain', y.typname::text
            FROM pg_type y JOIN pg_namespace n ON n.oid = y.typnamespace AND n.nspname = current_schema()
            WHERE y.typtype = 'd'
            UNION ALL
            SELECT 'extension', x.extname::text FROM pg_extension x WHERE x.extname <> 'plpgsql'
            ORDER BY 1, 2
            """, cancellationToken);
        return [.. rows.Select(r => new OutsideObject(Text(r[0]), Text(r[1])))];
    }

    public static async Task<IReadOnlyList<EnumTypeInfo>> EnumTypesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection, """
            SELECT y.typname::text, e.enumlabel::text
            FROM pg_type y JOIN pg_namespace n ON n.oid = y.typnamespace AND n.nspname = current_schema()
            JOIN pg_enum e ON e.enumtypid = y.oid
            ORDER BY y.typname, e.enumsortorder
            """, cancellationToken);
        return [.. rows.GroupBy(r => Text(r[0])).Select(g => new EnumTypeInfo(g.Key, [.. g.Select(r => Text(r[1]))]))];
    }
}
