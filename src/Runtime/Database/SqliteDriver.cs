using System.Data.Common;
using BackendInABox.Configuration;
using Microsoft.Data.Sqlite;

namespace BackendInABox.Database;

internal sealed class SqliteDriver(DatabaseTarget target) : DatabaseDriver(target)
{
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Target.Database))
        {
            throw new UserError($"The SQLite database {Target.Database} does not exist.", $"Run `{Target.Suggest("init")}` (or `{Target.Command("up")}`) to create it.");
        }

        var connection = new SqliteConnection(Target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // SQLite reads the file only at the first statement: a file that is no database should fail here, in words.
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master";
            await probe.ExecuteScalarAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new UserError($"Cannot open the SQLite database {Target.Database}: {e.Message}", "Check that Data Source names a SQLite database file this user can read and write.", inner: e);
        }
    }

    public override async Task<DbConnection?> TryOpenAsync(CancellationToken cancellationToken) =>
        File.Exists(Target.Database) ? await OpenAsync(cancellationToken) : null;

    public override Task<bool> IsReachableAsync(TimeSpan timeout, CancellationToken cancellationToken) => Task.FromResult(true);

    public override Task<bool> ExistsAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(Target.Database));

    public override async Task<bool> CreateIfMissingAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Target.Database))
        {
            return false;
        }

        RequireFolder();

        // Opening a SQLite connection creates the file.
        await using var connection = new SqliteConnection(Target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new UserError($"Cannot create the SQLite database {Target.Database}: {e.Message}", "Check that this user may create files in its folder.", inner: e);
        }

        return true;
    }

    /// <summary>The lock file's suffix: each database of the app has its own, so two that share one file migrate independently.</summary>
    public static string LockSuffix(DatabaseTarget target) =>
        (Shared.RunnerTables.IsDefault(target.Name) ? string.Empty : "." + target.Name) + ".migrate-lock";

    /// <summary>
    /// An exclusive lock file beside the database: SQLite's own locks cover one statement or transaction, not a whole
    /// run of migrations, and a crashed runner's file lock is released by the operating system.
    /// </summary>
    public override async Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken)
    {
        var path = Target.Database + LockSuffix(Target);
        RequireFolder();
        var told = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Lock(stream);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or PathTooLongException || (e is IOException && File.Exists(path) is false))
            {
                throw Commands.FileErrors.Explain(
                    "create the migration lock file",
                    path,
                    e,
                    "The runner needs to create this file beside the database: make the folder writable for this user, or remove what is in the way.");
            }
            catch (IOException)
            {
                if (!told)
                {
                    waiting();
                    told = true;
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The file is created on demand, its folder is not: a folder that does not exist is more often a typo in the
    /// Data Source than a wish for a new tree of folders.
    /// </summary>
    private void RequireFolder()
    {
        var directory = Path.GetDirectoryName(Target.Database);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new UserError(
                $"The folder {directory} of the SQLite database {Path.GetFileName(Target.Database)} does not exist.",
                $"Create it (mkdir -p \"{directory}\") or point Data Source at a file in an existing folder (from {Target.Source}).",
                exitCode: 2);
        }
    }

    private sealed class Lock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
