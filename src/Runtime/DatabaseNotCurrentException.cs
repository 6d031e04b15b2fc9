namespace BackendInABox;

/// <summary>What <see cref="AppDatabase.EnsureCurrentAsync"/> throws: the database does not match the app's migrations.</summary>
public sealed class DatabaseNotCurrentException : InvalidOperationException
{
    internal DatabaseNotCurrentException(string message, IReadOnlyList<long> pending, IReadOnlyList<long> unknown, IReadOnlyList<long> edited)
        : base(message)
    {
        Pending = pending;
        Unknown = unknown;
        Edited = edited;
    }

    /// <summary>Migrations of the app the database has not applied.</summary>
    public IReadOnlyList<long> Pending { get; }

    /// <summary>Migrations the database has applied that the app has no file for.</summary>
    public IReadOnlyList<long> Unknown { get; }

    /// <summary>Applied migrations whose file changed after they ran.</summary>
    public IReadOnlyList<long> Edited { get; }
}
