namespace BackendInABox.Generator.Model;

/// <summary>An operation with the shape of its table before and after it, which a dialect that rebuilds tables (SQLite) needs.</summary>
internal sealed record OperationStep(Operation Operation, TableShape? Before, TableShape? After);

/// <summary>A migration file ready to be emitted as a migration class: its operations replayed in place.</summary>
internal sealed record MigrationPlan(MigrationFile File, EquatableArray<OperationStep> Up, EquatableArray<OperationStep> Down);

/// <summary>One head of the history (a migration no other migration names as parent).</summary>
/// <param name="Branch">The ids from the fork point to the head, oldest first; its first file is the one `migrate merge` re-parents.</param>
/// <param name="Touches">The tables ("users") and columns ("users.email") the branch's operations touch.</param>
internal sealed record HeadInfo(long Id, string File, EquatableArray<long> Branch, EquatableArray<string> Touches)
{
    /// <summary>Where the head's id is written, for BIAB110.</summary>
    public LocationInfo? IdLocation { get; init; }
}

/// <summary>
/// The migration history replayed: the migrations in parent-chain order, the tables it produces (when it has exactly one
/// head and no errors), its heads, and what is wrong with it.
/// </summary>
internal sealed record History(
    EquatableArray<MigrationPlan> Migrations,
    EquatableArray<TableShape> Tables,
    EquatableArray<HeadInfo> Heads,
    bool HasErrors,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The database whose migration files these are.</summary>
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;

    public bool IsLinear => Heads.Count <= 1;

    public long? HeadId => Heads.Count == 1 ? Heads[0].Id : null;
}
