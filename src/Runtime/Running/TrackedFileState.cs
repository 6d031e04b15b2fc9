namespace BackendInABox.Running;

/// <summary>Where a migration's row in <c>biab_migration_files</c> stands.</summary>
internal enum TrackedFileState
{
    /// <summary>Applied; its hash is the file's when it ran.</summary>
    Applied,

    /// <summary>A migration without a transaction that has not finished going up.</summary>
    Started,

    /// <summary>A migration without a transaction that has not finished going down.</summary>
    Reverting,
}

/// <summary>The names the <c>state</c> column holds, one table both ways: databases written by earlier runners keep reading.</summary>
internal static class TrackedFileStates
{
    private static readonly (TrackedFileState State, string Name)[] Names =
    [
        (TrackedFileState.Applied, "applied"),
        (TrackedFileState.Started, "started"),
        (TrackedFileState.Reverting, "reverting"),
    ];

    public static string Name(this TrackedFileState state) => Names.First(n => n.State == state).Name;

    /// <summary>Null for a name this runner does not know (a newer runner's): such a row says nothing it can act on.</summary>
    public static TrackedFileState? Parse(string name)
    {
        foreach (var (state, known) in Names)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                return state;
            }
        }

        return null;
    }
}
