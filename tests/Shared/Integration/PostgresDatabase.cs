using System.Data.Common;
using Npgsql;

namespace BackendInABox.Tests.Shared;

internal sealed class PostgresDatabase(string name, string connectionString, string adminConnectionString) : TestDatabase
{
    public string Name { get; } = name;

    public override string ConnectionString { get; } = connectionString;

    public override string Provider => "PostgreSQL";

    public NpgsqlConnectionStringBuilder Settings => new(ConnectionString);

    /// <summary>The same database as a `postgres://user:password@host:port/db` URL, the form DATABASE_URL takes.</summary>
    public string Url =>
        $"postgres://{Uri.EscapeDataString(Settings.Username!)}:{Uri.EscapeDataString(Settings.Password ?? string.Empty)}@{Settings.Host}:{Settings.Port}/{Uri.EscapeDataString(Name)}";

    protected override DbConnection CreateConnection() => new NpgsqlConnection(ConnectionString);

    public override string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public async Task<bool> ExistsAsync()
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", Name);
        return await command.ExecuteScalarAsync() is not null;
    }

    public override async Task<bool> TableExistsAsync(string table) =>
        (await QueryAsync($"SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'")).Count > 0;

    public async Task<IReadOnlyList<string>> TablesAsync() =>
        [.. (await ColumnValuesAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")).Select(t => t!)];

    public override async Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        [.. (await ColumnValuesAsync(
            $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY ordinal_position")).Select(c => c!)];

    public override async Task<string?> ColumnTypeAsync(string table, string column) =>
        (await ColumnValuesAsync(
            $"SELECT data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' AND column_name = '{column}'"))
        .SingleOrDefault();

    protected override async Task<string?> VersionTableAsync() =>
        (await ColumnValuesAsync(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'Version' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_name"))
        .FirstOrDefault();

    /// <summary>Queries of other sessions on this database whose text contains <paramref name="fragment"/>.</summary>
    public async Task<bool> IsRunningAsync(string fragment)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT 1 FROM pg_stat_activity WHERE datname = @name AND state = 'active' AND query LIKE @fragment AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("name", Name);
        command.Parameters.AddWithValue("fragment", "%" + fragment + "%");
        return await command.ExecuteScalarAsync() is not null;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
