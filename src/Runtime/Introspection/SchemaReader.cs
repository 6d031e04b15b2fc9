using System.Data.Common;
using BackendInABox.Configuration;

namespace BackendInABox.Introspection;

/// <summary>Reads the live shape of a database from its catalog (PostgreSQL: pg_catalog; SQLite: sqlite_master and pragmas).</summary>
internal static class SchemaReader
{
    public static Task<DatabaseShape> ReadAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken) =>
        provider == DatabaseProvider.PostgreSql
            ? PostgresSchemaReader.ReadAsync(connection, cancellationToken)
            : SqliteSchemaReader.ReadAsync(connection, cancellationToken);

    internal static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
