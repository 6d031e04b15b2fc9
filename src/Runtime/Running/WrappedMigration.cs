using FluentMigrator;
using FluentMigrator.Infrastructure;

namespace BackendInABox.Running;

/// <summary>
/// A generated migration as FluentMigrator sees it, with its expressions gathered by the subclass: FluentMigrator takes
/// the migration and its info as one object, so a wrapper that changes the expressions must stand for both.
/// </summary>
internal abstract class WrappedMigration(IMigrationInfo info) : IMigrationInfo, IMigration
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

    public void GetUpExpressions(IMigrationContext context) => Gather(context, MigrationDirection.Up, info.Migration.GetUpExpressions);

    public void GetDownExpressions(IMigrationContext context) => Gather(context, MigrationDirection.Down, info.Migration.GetDownExpressions);

    /// <summary>Adds the migration's own expressions (<paramref name="steps"/>) to <paramref name="context"/>, with the subclass's changes.</summary>
    protected abstract void Gather(IMigrationContext context, MigrationDirection direction, Action<IMigrationContext> steps);
}
