using System.Data.Common;
using BackendInABox.Configuration;
using BackendInABox.Manifest;

namespace BackendInABox.Introspection;

/// <summary>Reads the live shape of a database from its catalog (PostgreSQL: pg_catalog; SQLite: sqlite_master and pragmas).</summary>
internal static class SchemaReader
{
    /// <summary>The live shape, with the enum CHECKs the build's manifest names told from the models' own CHECKs.</summary>
    public static Task<DatabaseShape> ReadAsync(DbConnection connection, DatabaseProvider provider, BuildManifest built, CancellationToken cancellationToken) =>
        provider == DatabaseProvider.PostgreSql
            ? PostgresSchemaReader.ReadAsync(connection, EnumCheckNames(built), cancellationToken)
            : SqliteSchemaReader.ReadAsync(connection, cancellationToken);

    /// <summary>The live shape of a database no build describes: every CHECK on PostgreSQL is a model's CHECK.</summary>
    public static Task<DatabaseShape> ReadAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken) =>
        provider == DatabaseProvider.PostgreSql
            ? PostgresSchemaReader.ReadAsync(connection, new HashSet<(string, string)>(), cancellationToken)
            : SqliteSchemaReader.ReadAsync(connection, cancellationToken);

    private static HashSet<(string Table, string Name)> EnumCheckNames(BuildManifest built) =>
        [.. (built.Schema ?? []).SelectMany(t => t.Columns.Where(c => c.EnumCheckName is not null).Select(c => (t.Name, c.EnumCheckName!)))];

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
