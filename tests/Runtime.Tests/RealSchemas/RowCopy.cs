using System.Data.Common;
using System.Globalization;
using BackendInABox.Introspection;

namespace BackendInABox.Runtime.Tests.RealSchemas;

/// <param name="Offered">Rows of the original offered to the port.</param>
/// <param name="Rejected">One line per row the port's database refused, with its message.</param>
/// <param name="Dropped">Original columns with values that have no column in the port to go to.</param>
/// <param name="Changed">Rows the port took but stores differently (PostgreSQL only: the columns whose port type is the
/// original's but for its modifiers, read back as text; a rounded timestamp or a cut value shows here).</param>
internal sealed record RowCopyResult(int Offered, IReadOnlyList<string> Rejected, IReadOnlyList<string> Dropped, IReadOnlyList<string> Changed);

/// <summary>
/// Copies every row of the original database into the port's tables, one INSERT per row so that each refusal (a
/// CHECK, NOT NULL, a key) is counted and named. Values travel as the original's text (an array into a non-array
/// column as JSON); PostgreSQL casts them to the port's column type, SQLite gets them converted to its column affinity.
/// </summary>
internal static class RowCopy
{
    public static async Task<RowCopyResult> CopyAsync(TestDatabase original, DatabaseShape originalShape, TestDatabase port, DatabaseShape portShape)
    {
        var postgres = port is PostgresDatabase;
        var rejected = new List<string>();
        var dropped = new List<string>();
        var changed = new List<string>();
        var offered = 0;
        await using var target = await port.OpenAsync();
        foreach (var table in InsertOrder(originalShape))
        {
            var portTable = SchemaComparison.PortTable(portShape, table.Name);
            var pairs = portTable is null ? [] : table.Columns
                .Select(c => (Original: c, Port: SchemaComparison.PortColumn(portTable, c.Name)))
                .Where(p => p.Port is not null)
                .Select(p => (p.Original, Port: p.Port!))
                .ToList();
            var rows = await original.QueryAsync(
                $"SELECT {string.Join(", ", table.Columns.Select(c => Source(c, pairs.FirstOrDefault(p => p.Original == c).Port)))} FROM {original.Quote(table.Name)}");
            offered += rows.Count;
            foreach (var missing in table.Columns.Select((c, i) => (Column: c, Values: rows.Count(r => r[i] is not null))).Where(m => m.Values > 0 && pairs.All(p => p.Original != m.Column)))
            {
                dropped.Add($"{table.Name}.{missing.Column.Name}: {missing.Values} values");
            }

            var accepted = new List<(int Row, object?[] Values)>();
            for (var row = 0; row < rows.Count; row++)
            {
                if (portTable is null)
                {
                    rejected.Add($"{table.Name} row {row + 1}: the table is not in the port");
                    continue;
                }

                var values = pairs.Select(p => rows[row][table.Columns.ToList().IndexOf(p.Original)]).ToList();
                var refusal = await InsertAsync(target, port, portTable.Name, pairs.Select(p => p.Port).ToList(), values, postgres);
                if (refusal is not null)
                {
                    rejected.Add($"{table.Name} row {row + 1}: {refusal}");
                }
                else
                {
                    accepted.Add((row, [.. values]));
                }
            }

            if (postgres && portTable is not null)
            {
                changed.AddRange(await ChangedAsync(port, table.Name, portTable.Name, pairs, accepted));
            }
        }

        return new RowCopyResult(offered, rejected, dropped, changed);
    }

    /// <summary>The accepted rows whose comparable values the port does not hold as the original had them.</summary>
    private static async Task<IEnumerable<string>> ChangedAsync(
        TestDatabase port, string table, string portTable, List<(ColumnInfo Original, ColumnInfo Port)> pairs, List<(int Row, object?[] Values)> accepted)
    {
        var comparable = pairs.Select((p, i) => (Pair: p, Index: i)).Where(p => BaseType(p.Pair.Port.Type) == BaseType(p.Pair.Original.Type)).ToList();
        if (comparable.Count == 0 || accepted.Count == 0)
        {
            return [];
        }

        string Tuple(IEnumerable<object?> values) => string.Join("\u0001", values.Select(v => v is null ? "\u0000" : (string)v));
        var stored = (await port.QueryAsync($"SELECT {string.Join(", ", comparable.Select(c => port.Quote(c.Pair.Port.Name) + "::text"))} FROM {port.Quote(portTable)}"))
            .Select(r => Tuple(r)).ToList();
        var found = new List<string>();
        foreach (var (row, values) in accepted)
        {
            if (!stored.Remove(Tuple(comparable.Select(c => values[c.Index]))))
            {
                found.Add($"{table} row {row + 1}: not stored as it was (compared as text: {string.Join(", ", comparable.Select(c => c.Pair.Port.Name))})");
            }
        }

        return found;
    }

    /// <summary>A type without its modifiers ("numeric(10,2)" → numeric, "varchar(20)[]" → varchar[]).</summary>
    private static string BaseType(string type) => System.Text.RegularExpressions.Regex.Replace(type, @"\([^)]*\)", string.Empty);

    /// <summary>Referenced tables first (a table's reference to itself is left to the rows' own order).</summary>
    private static List<TableInfo> InsertOrder(DatabaseShape shape)
    {
        var ordered = new List<TableInfo>();
        var remaining = shape.Tables.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(t => t.ForeignKeys.All(k => k.TargetTable == t.Name || ordered.Any(o => o.Name == k.TargetTable)))
                ?? remaining[0];
            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return ordered;
    }

    private static string Source(ColumnInfo column, ColumnInfo? port)
    {
        var name = "\"" + column.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return column.Type.EndsWith("[]", StringComparison.Ordinal) && port is not null && !port.Type.EndsWith("[]", StringComparison.Ordinal)
            ? $"array_to_json({name})::text"
            : $"{name}::text";
    }

    private static async Task<string?> InsertAsync(DbConnection connection, TestDatabase port, string table, List<ColumnInfo> columns, List<object?> values, bool postgres)
    {
        await using var command = connection.CreateCommand();
        var placeholders = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = (postgres ? values[i] : ForSqlite(values[i] as string, columns[i].Type)) ?? DBNull.Value;
            command.Parameters.Add(parameter);
            placeholders.Add(postgres ? $"CAST(@p{i} AS {columns[i].Type})" : $"@p{i}");
        }

        command.CommandText = $"INSERT INTO {port.Quote(table)} ({string.Join(", ", columns.Select(c => port.Quote(c.Name)))}) VALUES ({string.Join(", ", placeholders)})";
        try
        {
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (DbException e)
        {
            return e.Message.Split('\n')[0];
        }
    }

    /// <summary>PostgreSQL's text of a value in the form an SQLite column of that affinity stores.</summary>
    private static object? ForSqlite(string? text, string affinity) => text is null ? null : affinity switch
    {
        "INTEGER" => text switch { "t" => 1L, "f" => 0L, _ => long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : text },
        "REAL" => double.TryParse(text, CultureInfo.InvariantCulture, out var d) ? d : text,
        "BLOB" => text.StartsWith("\\x", StringComparison.Ordinal) ? Convert.FromHexString(text[2..]) : text,
        _ => text,
    };
}
