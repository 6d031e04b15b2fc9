using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Running;

/// <summary>
/// A generated migration whose code steps run with the command's log and cancellation: each step's expression keeps
/// its place among the others, only what it runs with changes.
/// </summary>
internal sealed class CodeStepMigration(IMigrationInfo info, string databaseName, ILogger logger, CancellationToken cancellationToken) : WrappedMigration(info)
{
    protected override void Gather(IMigrationContext context, MigrationDirection direction, Action<IMigrationContext> steps)
    {
        var before = context.Expressions.Count;
        steps(context);
        foreach (var expression in context.Expressions.Skip(before).OfType<PerformDBOperationExpression>())
        {
            if (expression.Operation?.Target is CodeStep step)
            {
                expression.Operation = (connection, transaction) => step.Run(connection, transaction, databaseName, logger, cancellationToken);
            }
        }
    }
}
