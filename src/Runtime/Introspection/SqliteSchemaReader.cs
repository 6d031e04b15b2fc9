using System.Data.Common;
using System.Text.RegularExpressions;
using static BackendInABox.Introspection.SchemaReader;

namespace BackendInABox.Introspection;

/// <summary>
/// SQLite's shape: tables from sqlite_master, columns, indexes and foreign keys from the table_info, index_list,
/// index_xinfo and foreign_key_list pragmas, CHECKs (enum ones: <c>"col" IN ('a', 'b')</c>) from the table's CREATE text,
/// an index's expression and predicate from its CREATE INDEX text. Triggers come from sqlite_master.
/// </summary>
internal static partial class SqliteSchemaReader
{
    public static async Task<DatabaseShape> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<TableInfo>();
        var rows = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", cancellationToken);
        foreach (var row in rows.Where(r => !Shared.RunnerTables.Contains(Text(r[0]))))
        {
            tables.Add(await ReadTableAsync(connection, Text(row[0]), Text(row[1]), cancellationToken));
        }

        return new DatabaseShape(tables);
    }

    private static async Task<TableInfo> ReadTableAsync(DbConnection connection, string table, string createSql, CancellationToken cancellationToken)
    {
        var literal = "'" + table.Replace("'", "''", StringComparison.Ordinal) + "'";
        var checks = EnumChecks().Matches(createSql).Select(m => new EnumCheckInfo(m.Groups[1].Value, SqlText.QuotedValues(m.Groups[2].Value))).ToList();
        var otherChecks = SqliteDefinitions.NamedChecks(createSql)
            .Where(c => !EnumChecks().IsMatch("CHECK (" + c.Condition + ")"))
            .Select(c => new ModelCheckInfo(c.Name, SqlText.Condition(c.Condition)!))
            .ToList();
        var columnRows = await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info({literal}) ORDER BY cid", cancellationToken);
        var columns = columnRows.Select(r =>
        {
            var name = Text(r[0]);
            var primary = Convert.ToInt64(r[4], System.Globalization.CultureInfo.InvariantCulture) > 0;
            var notNull = Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture) != 0;
            return new ColumnInfo(
                name,
                Text(r[1]).ToUpperInvariant(),
                !notNull && !primary,
                SqlText.Default(r[3] is null ? null : Text(r[3])));
        }).ToList();
        var primaryKey = columnRows.Where(r => Convert.ToInt64(r[4], System.Globalization.CultureInfo.InvariantCulture) > 0)
            .OrderBy(r => Convert.ToInt64(r[4], System.Globalization.CultureInfo.InvariantCulture))
            .Select(r => Text(r[0]))
            .ToList();

        var indexes = new List<IndexInfo>();
        var indexSql = (await QueryAsync(connection, $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = {literal} AND sql IS NOT NULL", cancellationToken))
            .ToDictionary(r => Text(r[0]), r => Text(r[1]), StringComparer.Ordinal);
        foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list({literal}) ORDER BY name", cancellationToken))
        {
            if (Text(index[2]) == "pk")
            {
                continue;
            }

            var name = Text(index[0]);

            // index_xinfo, unlike index_info, has the order of each key column and a row (without a name) for an expression.
            var keyColumns = await QueryAsync(connection, $"SELECT name, \"desc\" FROM pragma_index_xinfo('{name.Replace("'", "''", StringComparison.Ordinal)}') WHERE key = 1 ORDER BY seqno", cancellationToken);
            var parts = indexSql.TryGetValue(name, out var sql) ? SqliteDefinitions.IndexParts(sql) : (Keys: string.Empty, Where: null);
            var expression = keyColumns.Any(c => c[0] is null);
            indexes.Add(new IndexInfo(name, expression ? [] : [.. keyColumns.Select(c => Text(c[0]))], Convert.ToInt64(index[1], System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                Expression = expression ? SqlText.Condition(parts.Keys) : null,
                Where = SqlText.Condition(parts.Where),
                Order = expression ? [] : IndexInfo.Trimmed(keyColumns.Select(c => Convert.ToInt64(c[1], System.Globalization.CultureInfo.InvariantCulture) != 0 ? "desc" : "asc"), "asc"),
            });
        }

        var keys = (await QueryAsync(connection, $"SELECT \"from\", \"table\", \"to\", on_delete, on_update FROM pragma_foreign_key_list({literal}) ORDER BY id, seq", cancellationToken))
            .Select(r => new ForeignKeyInfo(Text(r[0]), Text(r[1]), Text(r[2]), Text(r[3]).ToUpperInvariant()) { OnUpdate = Text(r[4]).ToUpperInvariant() })
            .ToList();

        var triggers = await QueryAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {literal} ORDER BY name", cancellationToken);
        return new TableInfo(table, columns, primaryKey, indexes, keys, checks) { ModelChecks = otherChecks, Triggers = [.. triggers.Select(r => Text(r[0]))] };
    }

    [GeneratedRegex(@"CHECK\s*\(\s*""((?:[^""]|"""")+)""\s+IN\s*\(((?:[^')]|'(?:[^']|'')*')*)\)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex EnumChecks();
}
