using Microsoft.Data.Sqlite;

namespace BackendInABox.Package.Tests.Infrastructure;

/// <summary>Reads the schema of an SQLite database file without keeping it open (the apps under test write it).</summary>
internal static class SqliteFile
{
    public static IReadOnlyList<string> Tables(string path) =>
        QueryStrings(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    public static IReadOnlyList<string> Columns(string path, string table) =>
        QueryStrings(path, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    private static List<string> QueryStrings(string path, string sql)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
