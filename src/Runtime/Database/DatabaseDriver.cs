using System.Data.Common;
using BackendInABox.Configuration;

namespace BackendInABox.Database;

/// <summary>What the runner needs from a database beyond FluentMigrator: reachability, creation, and the migration lock.</summary>
internal abstract class DatabaseDriver(DatabaseTarget target)
{
    public DatabaseTarget Target { get; } = target;

    public static DatabaseDriver For(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.PostgreSql ? new PostgresDriver(target) : new SqliteDriver(target);

    /// <summary>Opens a connection to the target database, turning connection failures into one clear sentence.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection, or returns null when the database does not exist (one connection, not two, for `status`).</summary>
    public abstract Task<DbConnection?> TryOpenAsync(CancellationToken cancellationToken);

    /// <summary>True when the database accepts connections; the database itself need not exist yet.</summary>
    public abstract Task<bool> IsReachableAsync(TimeSpan timeout, CancellationToken cancellationToken);

    public abstract Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Creates the database if it does not exist; true when it was created.</summary>
    public abstract Task<bool> CreateIfMissingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lock that makes concurrent runners take turns; held until disposed. <paramref name="waiting"/> is told
    /// once when another runner holds it.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken);
}
