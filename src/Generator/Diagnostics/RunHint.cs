namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// The command a build message tells the developer to run. A class library cannot be run: the command that works is
/// the one of the app that references it (docs/architecture.md, "Which project owns the schema"). With several
/// databases declared, every command names its database (the implicit one too), since the runner then needs --database.
/// </summary>
internal static class RunHint
{
    /// <param name="database">The database the command must name (several are declared); null when there is one.</param>
    public static string Migrate(bool isLibrary, string arguments, string? database = null)
    {
        var migrate = database is null ? "migrate" : $"migrate --database {database}";
        return isLibrary
            ? $"dotnet run --project <the app that references this library> -- {migrate} {arguments}"
            : $"dotnet run -- {migrate} {arguments}";
    }
}
