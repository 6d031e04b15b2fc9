using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Running;

/// <summary>
/// A generated migration whose code steps run with the command's log and cancellation: each step's expression keeps
/// its place among the others, only what it runs with changes.
/// </summary>
internal sealed class CodeStepMigration(IMigrationInfo info, string databaseName, ILogger logger, CancellationToken cancellationToken) : IMigrationInfo, IMigration
{
    public long Version => info.Version;

    public string Description => info.Description;

    public TransactionBehavior TransactionBehavior => info.TransactionBehavior;

    public IMigration Migration => this;

    public bool IsBreakingChange => info.IsBreakingChange;

    public string ConnectionString => info.Migration.ConnectionString;

    public object Trait(string name) => info.Trait(name);

    public bool HasTrait(string name) => info.HasTrait(name);

    public string GetName() => info.GetName();

    public void GetUpExpressions(IMigrationContext context) => Bind(context, info.Migration.GetUpExpressions);

    public void GetDownExpressions(IMigrationContext context) => Bind(context, info.Migration.GetDownExpressions);

    private void Bind(IMigrationContext context, Action<IMigrationContext> steps)
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
