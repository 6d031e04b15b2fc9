using System.Data;
using System.Data.Common;
using System.Diagnostics;
using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;

namespace BackendInABox.Running;

/// <summary>
/// A generated migration with the app's hooks as its first and last expressions. FluentMigrator executes a migration's
/// expressions inside its transaction, on its connection, so a hook that throws rolls the migration back like a
/// failing statement, and a hook's own writes commit or roll back with it.
/// </summary>
internal sealed class HookedMigration(IMigrationInfo info, IMigrationHooks hooks, PlannedMigration migration, string provider, TextWriter output, CancellationToken cancellationToken) : WrappedMigration(info)
{
    private readonly Stopwatch _clock = new();

    protected override void Gather(IMigrationContext context, MigrationDirection direction, Action<IMigrationContext> steps)
    {
        context.Expressions.Add(Operation("BeforeMigrationAsync", (connection, transaction) =>
        {
            Run("BeforeMigrationAsync", hooks.BeforeMigrationAsync, Event(direction, connection, transaction));
            _clock.Restart();
        }));
        steps(context);
        context.Expressions.Add(Operation("AfterMigrationAsync", (connection, transaction) =>
        {
            _clock.Stop();
            Run("AfterMigrationAsync", hooks.AfterMigrationAsync, Event(direction, connection, transaction));
        }));
    }

    private static PerformDBOperationExpression Operation(string description, Action<IDbConnection, IDbTransaction> operation) =>
        new() { Description = description, Operation = operation };

    private MigrationEvent Event(MigrationDirection direction, IDbConnection connection, IDbTransaction? transaction) =>
        new(migration, direction, provider, (DbConnection)connection, transaction as DbTransaction, _clock.Elapsed, output);

    private void Run(string name, Func<MigrationEvent, CancellationToken, Task> hook, MigrationEvent migrationEvent)
    {
        try
        {
            // FluentMigrator runs a migration synchronously; the hook runs on its thread, inside its transaction.
            hook(migrationEvent, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MigrationHookException(name, e);
        }
    }
}

/// <summary>An app's hook that threw, kept apart from the database's errors so the failure names the hook.</summary>
internal sealed class MigrationHookException(string hook, Exception inner) : Exception($"{hook} threw: {inner.Message}", inner)
{
    public string Hook { get; } = hook;
}
