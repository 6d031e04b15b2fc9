using Microsoft.Data.Sqlite;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>A temporary SQLite database file, with plain SQL to set up rows and read them back.</summary>
internal sealed class SqliteFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"biab-gen-{Guid.NewGuid():N}.db");

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public string? Query(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path};Foreign Keys=True");
        connection.Open();
        return connection;
    }
}
