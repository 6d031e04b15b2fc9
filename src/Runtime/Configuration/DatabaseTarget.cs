namespace BackendInABox.Configuration;

internal enum DatabaseProvider
{
    PostgreSql,
    Sqlite,
}

/// <summary>The database a command works on, with what may be shown of it and what must never be.</summary>
/// <param name="Source">Where the connection came from (for status: "--connection", "DATABASE_URL", ...).</param>
/// <param name="Secrets">Passwords in the connection string; every text shown to the user is scrubbed of them.</param>
/// <param name="Placement">For a SQLite path that was relative (or the default): where it was resolved, "in the project folder" or "beside the app".</param>
internal sealed record DatabaseTarget(
    DatabaseProvider Provider,
    string ConnectionString,
    string Source,
    string Host,
    int Port,
    string Database,
    IReadOnlyList<string> Secrets,
    string? Placement = null)
{
    /// <summary>The app's database this target is for ("default", or a name the project file declares); it names the history tables and the lock.</summary>
    public string Name { get; init; } = Shared.RunnerTables.DefaultDatabase;

    /// <summary>Set when the app has several databases: every description of the connection then starts with the database's name.</summary>
    public bool Labelled { get; init; }

    /// <summary>A `migrate` command to suggest for this database, without the `dotnet run --` in front (see <see cref="Suggest"/>).</summary>
    public string Command(string arguments) => Shared.MigrateCommand.Line(Name, Labelled, arguments);

    /// <summary>The command line to run <paramref name="arguments"/> on this database: with several, it names the database (the runner needs it).</summary>
    public string Suggest(string arguments) => "dotnet run -- " + Command(arguments);

    public string ProviderName => Provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "SQLite";

    /// <summary>host:port for PostgreSQL, the file path for SQLite.</summary>
    public string Address => Provider == DatabaseProvider.PostgreSql ? $"{Host}:{Port}" : Database;

    /// <summary>The connection described for people, password masked.</summary>
    public string Describe() =>
        (Labelled ? Name + ": " : string.Empty)
        + (Provider == DatabaseProvider.PostgreSql ? $"PostgreSQL database \"{Database}\" at {Host}:{Port}" : $"SQLite file {Database}");

    public string Scrub(string text)
    {
        foreach (var secret in Secrets)
        {
            if (secret.Length > 0)
            {
                text = text.Replace(secret, "****", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
