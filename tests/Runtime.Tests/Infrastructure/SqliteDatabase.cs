using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>An SQLite file in its own temporary folder.</summary>
internal sealed class SqliteDatabase : TestDatabase
{
    private readonly string _directory;

    public SqliteDatabase()
    {
        _directory = Path.Combine(Path.GetTempPath(), "biab-rtests-sqlite", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_directory);
        FilePath = Path.Combine(_directory, "app.db");
    }

    public string FilePath { get; }

    public override string ConnectionString => $"Data Source={FilePath}";

    public override string Provider => "SQLite";

    protected override DbConnection CreateConnection() =>
        new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false, ForeignKeys = true }.ConnectionString);

    public override string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override async Task<bool> TableExistsAsync(string table) =>
        (await QueryAsync($"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{table}'")).Count > 0;

    public override async Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        [.. (await ColumnValuesAsync($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid")).Select(c => c!)];

    public override async Task<string?> ColumnTypeAsync(string table, string column) =>
        (await ColumnValuesAsync($"SELECT type FROM pragma_table_info('{table}') WHERE name = '{column}'")).SingleOrDefault();

    protected override async Task<string?> VersionTableAsync() =>
        (await ColumnValuesAsync(
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'Version' ORDER BY m.name"))
        .FirstOrDefault();

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still hold the file for a moment; the OS cleans the temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
