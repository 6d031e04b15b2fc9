using System.ComponentModel;
using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackendInABox;

/// <summary>
/// A <c>code:</c> step as the generated migration hands it to FluentMigrator (<c>Execute.WithConnection</c>): the
/// app's class, created with <c>new</c> by the generated code, and run synchronously on the migration's thread, as
/// FluentMigrator runs every step. The runner binds it to the command's output and cancellation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CodeStep(string name, MigrationDirection direction, Func<IMigrationStep> create)
{
    public string Name { get; } = name;

    /// <summary>Runs the step without a runner around it: no log, no cancellation.</summary>
    public void Run(IDbConnection connection, IDbTransaction? transaction) =>
        Run(connection, transaction, "default", NullLogger.Instance, CancellationToken.None);

    internal void Run(IDbConnection connection, IDbTransaction? transaction, string databaseName, ILogger logger, CancellationToken cancellationToken)
    {
        var dbConnection = (DbConnection)connection;
        var context = new MigrationStepContext(dbConnection, transaction as DbTransaction, Dialect(dbConnection), databaseName, direction, logger);
        try
        {
            create().RunAsync(context, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new CodeStepException(Name, e);
        }
    }

    private static string Dialect(DbConnection connection) => connection is Microsoft.Data.Sqlite.SqliteConnection ? "SQLite" : "PostgreSQL";
}

/// <summary>A code step that threw, kept apart from the database's errors so the failure names the step.</summary>
internal sealed class CodeStepException(string step, Exception inner) : Exception($"The code step {step} threw: {inner.Message}", inner)
{
    public string Step { get; } = step;
}
