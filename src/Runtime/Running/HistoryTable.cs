using System.Data.Common;
using System.Globalization;
using BackendInABox.Configuration;

namespace BackendInABox.Running;

/// <summary>One applied migration as the database records it.</summary>
internal sealed record AppliedMigration(long Id, DateTime? AppliedOn, string? Description);

/// <summary>What Backend-in-a-Box records beside FluentMigrator's version table for one migration.</summary>
internal sealed record TrackedFile(long Id, string Sha256, string File, TrackedFileState State);

/// <summary>
/// FluentMigrator's version table (read) and our own <c>biab_migration_files</c> (the content hash of each file when it
/// was applied, and the start marker of migrations that run without a transaction), each named for the target's
/// database (<see cref="Shared.RunnerTables"/>).
/// </summary>
/// <param name="log">Where the statements it writes are shown (--verbose) before they run.</param>
internal sealed class HistoryTable(DatabaseTarget target, DbConnection connection, SqlLog? log = null)
{
    private readonly string _filesTable = Shared.RunnerTables.FilesOf(target.Name);

    private readonly string _versionTable = Shared.RunnerTables.VersionsOf(target.Name);

    /// <summary>Created before any migration runs, also at the top of `migrate script`, so a migration can write its row.</summary>
    public static string CreateFilesTableSql(string database) =>
        $"CREATE TABLE IF NOT EXISTS {Shared.RunnerTables.FilesOf(database)} (version bigint NOT NULL PRIMARY KEY, sha256 varchar(64) NOT NULL, file varchar(1024) NOT NULL, state varchar(16) NOT NULL, recorded_on varchar(32) NOT NULL)";

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public Task<IReadOnlyList<AppliedMigration>> AppliedAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            _versionTable,
            $"SELECT \"Version\", \"AppliedOn\", \"Description\" FROM \"{_versionTable}\" ORDER BY \"Version\"",
            reader => new AppliedMigration(
                Int64(reader.GetValue(0)),
                reader.IsDBNull(1) ? null : Convert.ToDateTime(reader.GetValue(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : reader.GetString(2)),
            cancellationToken);

    public Task<IReadOnlyList<TrackedFile>> TrackedAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            _filesTable,
            $"SELECT version, sha256, file, state FROM {_filesTable} ORDER BY version",
            reader => TrackedFileStates.Parse(reader.GetString(3)) is { } state
                ? new TrackedFile(Int64(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), state)
                : null,
            cancellationToken);

    public Task<bool> VersionTableExistsAsync(CancellationToken cancellationToken) => TableExistsAsync(_versionTable, cancellationToken);

    private string? _schema;

    /// <summary>The schema the tables are in (<see cref="CurrentSchema"/>), read once.</summary>
    public async Task<string> SchemaAsync(CancellationToken cancellationToken) =>
        _schema ??= await CurrentSchema.ReadAsync(target, connection, cancellationToken);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        // A search path without an existing schema is refused in words before the first CREATE TABLE fails on it.
        await SchemaAsync(cancellationToken);
        await ExecuteAsync(CreateFilesTableSql(target.Name), cancellationToken);
    }

    public Task MarkAsync(long id, string sha256, string file, TrackedFileState state, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"DELETE FROM {_filesTable} WHERE version = @version; INSERT INTO {_filesTable} (version, sha256, file, state, recorded_on) VALUES (@version, @sha, @file, @state, @on)",
            cancellationToken,
            ("version", id),
            ("sha", sha256),
            ("file", file),
            ("state", state.Name()),
            ("on", Now()));

    /// <summary>The rows of a table the runner may not have created yet (none then); a null row is skipped.</summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(string table, string sql, Func<DbDataReader, T?> row, CancellationToken cancellationToken)
        where T : class
    {
        if (!await TableExistsAsync(table, cancellationToken))
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (row(reader) is { } value)
            {
                rows.Add(value);
            }
        }

        return rows;
    }

    private static long Int64(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private async Task<bool> TableExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = target.Provider == DatabaseProvider.PostgreSql
            // pg_tables, not information_schema: the latter hides tables the user may not read, which would make a
            // migrated database look empty to them.
            ? "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = @name"
            : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name";
        Add(command, "name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        log?.Record(sql);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw HistoryFailure.Explain(target, sql, e);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
