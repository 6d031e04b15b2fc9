using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace BackendInABox;

/// <summary>What a code step (<see cref="IMigrationStep"/>) works with.</summary>
public sealed class MigrationStepContext
{
    internal MigrationStepContext(DbConnection connection, DbTransaction? transaction, string dialect, string databaseName, MigrationDirection direction, ILogger logger)
    {
        Connection = connection;
        Transaction = transaction;
        Dialect = dialect;
        DatabaseName = databaseName;
        Direction = direction;
        Logger = logger;
    }

    /// <summary>The migration's open connection; every command on it must use <see cref="Transaction"/>.</summary>
    public DbConnection Connection { get; }

    /// <summary>The migration's transaction; null for a migration with <c>transaction: false</c>.</summary>
    public DbTransaction? Transaction { get; }

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Dialect { get; }

    /// <summary>The database the migration belongs to: "default" for the app's schema/ and migrations/.</summary>
    public string DatabaseName { get; }

    /// <summary>Whether the step runs under <c>up:</c> or under <c>down:</c>.</summary>
    public MigrationDirection Direction { get; }

    /// <summary>Writes to the command's output (the app's log under <c>MigrateDatabaseAsync</c>).</summary>
    public ILogger Logger { get; }

    /// <summary>A command on the migration's connection and transaction.</summary>
    public DbCommand CreateCommand(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
