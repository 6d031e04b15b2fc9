using System.Data.Common;

namespace BackendInABox.Tests.Shared;

/// <summary>A fresh database a test owns: its connection string for the runner, and plain SQL to check the state.</summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    public abstract string ConnectionString { get; }

    /// <summary>What `migrate status` names as the provider ("PostgreSQL" or "SQLite").</summary>
    public abstract string Provider { get; }

    protected abstract DbConnection CreateConnection();

    public abstract Task<bool> TableExistsAsync(string table);

    public abstract Task<IReadOnlyList<string>> ColumnsAsync(string table);

    /// <summary>The column's type as the database reports it ("integer", "character varying"; SQLite: the declared type).</summary>
    public abstract Task<string?> ColumnTypeAsync(string table, string column);

    /// <summary>The table FluentMigrator records applied versions in (found by its Version column, whatever the runtime names it).</summary>
    protected abstract Task<string?> VersionTableAsync();

    public abstract string Quote(string identifier);

    public async Task<bool> ColumnExistsAsync(string table, string column) =>
        (await ColumnsAsync(table)).Contains(column, StringComparer.Ordinal);

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a statement the database must refuse (a broken reference, an enum value its CHECK does not allow).</summary>
    public async Task AssertRejectedAsync(string sql, string why)
    {
        try
        {
            await ExecuteAsync(sql);
        }
        catch (DbException)
        {
            return;
        }

        throw new Xunit.Sdk.XunitException($"Expected the database to reject ({why}): {sql}");
    }

    public async Task<IReadOnlyList<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
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

    public async Task<IReadOnlyList<string?>> ColumnValuesAsync(string sql) =>
        [.. (await QueryAsync(sql)).Select(r => r[0] is null ? null : Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture))];

    public async Task<long> CountAsync(string table) =>
        Convert.ToInt64((await QueryAsync($"SELECT COUNT(*) FROM {Quote(table)}"))[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every applied version row, duplicates kept, so a test can assert "applied exactly once".</summary>
    public async Task<IReadOnlyList<long>> AppliedVersionsAsync()
    {
        var table = await VersionTableAsync();
        if (table is null)
        {
            return [];
        }

        var rows = await QueryAsync($"SELECT {Quote("Version")} FROM {Quote(table)} ORDER BY 1");
        return [.. rows.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture))];
    }

    public async Task<DbConnection> OpenAsync()
    {
        var connection = CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    public abstract ValueTask DisposeAsync();
}
