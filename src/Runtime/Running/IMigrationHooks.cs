namespace BackendInABox;

/// <summary>
/// Code the app runs around its migrations (`migrate up`, `migrate down`, <c>MigrateDatabaseAsync</c>). Every member
/// has a default that does nothing, so an implementation overrides only what it needs. The runner uses the one class
/// of the app that implements it (or <see cref="MigrationHostOptions.Hooks"/>, or the one registered with
/// <c>AddBackendInABox</c>). A hook that throws fails the run as a failing migration does: the hooks around a
/// migration run inside its transaction, so the migration is rolled back with whatever the hook wrote.
/// </summary>
public interface IMigrationHooks
{
    /// <summary>Once per run, after the migration lock is taken, with the migrations about to run (possibly none).</summary>
    Task BeforeRunAsync(MigrationRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before each migration's first step, inside its transaction.</summary>
    Task BeforeMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After each migration's last step, inside its transaction (still rolled back if this throws), with the time it took.</summary>
    Task AfterMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once per run, after every migration committed (also when there was nothing to run), before the lock is released.</summary>
    Task AfterRunAsync(MigrationRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>When a migration or a hook failed; the failed migration is rolled back (unless it runs without a transaction), the run stops after this.</summary>
    Task OnFailureAsync(MigrationRun run, Exception error, CancellationToken cancellationToken) => Task.CompletedTask;
}
