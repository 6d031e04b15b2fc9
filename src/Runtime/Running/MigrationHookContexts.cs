using System.Data.Common;

namespace BackendInABox;

/// <summary>Which way a run migrates.</summary>
public enum MigrationDirection
{
    /// <summary>Applying (`migrate up`).</summary>
    Up,

    /// <summary>Rolling back (`migrate down`).</summary>
    Down,
}

/// <summary>A migration as the hooks see it: its id (yyyyMMddHHmmss) and its description.</summary>
public sealed record PlannedMigration(long Id, string Description);

/// <summary>One run of migrations, given to <see cref="IMigrationHooks.BeforeRunAsync"/>, <see cref="IMigrationHooks.AfterRunAsync"/> and <see cref="IMigrationHooks.OnFailureAsync"/>.</summary>
public sealed class MigrationRun
{
    internal MigrationRun(MigrationDirection direction, string provider, DbConnection connection, IReadOnlyList<PlannedMigration> migrations, TextWriter output)
    {
        Direction = direction;
        Provider = provider;
        Connection = connection;
        Migrations = migrations;
        Output = output;
    }

    public MigrationDirection Direction { get; }

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Provider { get; }

    /// <summary>An open connection to the database, outside any migration's transaction.</summary>
    public DbConnection Connection { get; }

    /// <summary>The migrations the run is to apply or roll back, in the order it runs them.</summary>
    public IReadOnlyList<PlannedMigration> Migrations { get; }

    /// <summary>Those that have run so far (all of <see cref="Migrations"/> after a run that succeeded).</summary>
    public IReadOnlyList<PlannedMigration> Completed => _completed;

    /// <summary>Where the command writes its progress (the log under <c>MigrateDatabaseAsync</c>).</summary>
    public TextWriter Output { get; }

    private readonly List<PlannedMigration> _completed = [];

    internal void Complete(PlannedMigration migration) => _completed.Add(migration);
}

/// <summary>One migration as it runs, given to <see cref="IMigrationHooks.BeforeMigrationAsync"/> and <see cref="IMigrationHooks.AfterMigrationAsync"/>.</summary>
public sealed class MigrationEvent
{
    internal MigrationEvent(PlannedMigration migration, MigrationDirection direction, string provider, DbConnection connection, DbTransaction? transaction, TimeSpan elapsed, TextWriter output)
    {
        Migration = migration;
        Direction = direction;
        Provider = provider;
        Connection = connection;
        Transaction = transaction;
        Elapsed = elapsed;
        Output = output;
    }

    public PlannedMigration Migration { get; }

    public long Id => Migration.Id;

    public string Description => Migration.Description;

    public MigrationDirection Direction { get; }

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Provider { get; }

    /// <summary>The migration's own connection; commands on it must use <see cref="Transaction"/>.</summary>
    public DbConnection Connection { get; }

    /// <summary>The migration's transaction; null for a migration with <c>transaction: false</c>.</summary>
    public DbTransaction? Transaction { get; }

    /// <summary>The time the migration's steps took (zero before it runs).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Where the command writes its progress (the log under <c>MigrateDatabaseAsync</c>).</summary>
    public TextWriter Output { get; }
}
