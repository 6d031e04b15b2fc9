using System.Data.Common;
using BackendInABox.Configuration;

namespace BackendInABox.Running;

/// <summary>One applied migration as the database records it.</summary>
internal sealed record AppliedMigration(long Id, DateTime? AppliedOn, string? Description);

/// <summary>What Backend-in-a-Box records beside FluentMigrator's version table for one migration.</summary>
/// <param name="State">
/// "applied"; "started" for a migration without a transaction that has not finished going up; "reverting" for one that
/// has not finished going down.
/// </param>
internal sealed record TrackedFile(long Id, string Sha256, string File, string State);

/// <summary>
/// FluentMigrator's version table (read) and our own <c>biab_migration_files</c> (the content hash of each file when it
/// was applied, and the start marker of migrations that run without a transaction).
/// </summary>
/// <param name="log">Where the statements it writes are shown (--verbose) before they run.</param>
internal sealed class HistoryTable(DatabaseTarget target, DbConnection connection, SqlLog? log = null)
{
    public const string FilesTable = Shared.RunnerTables.Files;
    public const string Applied = "applied";
    public const string Started = "started";
    public const string Reverting = "reverting";

    /// <summary>Created before any migration runs, also at the top of `migrate script`, so a migration can write its row.</summary>
    public const string CreateFilesTableSql =
        $"CREATE TABLE IF NOT EXISTS {FilesTable} (version bigint NOT NULL PRIMARY KEY, sha256 varchar(64) NOT NULL, file varchar(1024) NOT NULL, state varchar(16) NOT NULL, recorded_on varchar(32) NOT NULL)";

    private const string VersionTable = Shared.RunnerTables.Versions;

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<AppliedMigration>> AppliedAsync(CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(VersionTable, cancellationToken))
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Version\", \"AppliedOn\", \"Description\" FROM \"{VersionTable}\" ORDER BY \"Version\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new List<AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var on = reader.IsDBNull(1) ? (DateTime?)null : Convert.ToDateTime(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            applied.Add(new AppliedMigration(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), on, reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return applied;
    }

    public async Task<IReadOnlyList<TrackedFile>> TrackedAsync(CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(FilesTable, cancellationToken))
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, sha256, file, state FROM {FilesTable} ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tracked = new List<TrackedFile>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tracked.Add(new TrackedFile(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return tracked;
    }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(CreateFilesTableSql, cancellationToken);
    }

    public Task MarkAsync(long id, string sha256, string file, string state, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"DELETE FROM {FilesTable} WHERE version = @version; INSERT INTO {FilesTable} (version, sha256, file, state, recorded_on) VALUES (@version, @sha, @file, @state, @on)",
            cancellationToken,
            ("version", id),
            ("sha", sha256),
            ("file", file),
            ("state", state),
            ("on", Now()));

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
