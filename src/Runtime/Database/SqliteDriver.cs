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
            throw new UserError($"The SQLite database {Target.Database} does not exist.", "Run `dotnet run -- migrate init` (or `migrate up`) to create it.");
        }

        var connection = new SqliteConnection(Target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
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

        var directory = Path.GetDirectoryName(Target.Database);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Opening a SQLite connection creates the file.
        await using var connection = new SqliteConnection(Target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// An exclusive lock file beside the database: SQLite's own locks cover one statement or transaction, not a whole
    /// run of migrations, and a crashed runner's file lock is released by the operating system.
    /// </summary>
    public override async Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken)
    {
        var path = Target.Database + ".migrate-lock";
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var told = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Lock(stream);
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

    private sealed class Lock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
