namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// The command a build message tells the developer to run. A class library cannot be run: the command that works is
/// the one of the app that references it (docs/architecture.md, "Which project owns the schema"). Whether it names its
/// database is <see cref="Shared.MigrateCommand"/>'s rule, the runner's hints' too.
/// </summary>
internal static class RunHint
{
    /// <param name="database">The database the command is for.</param>
    /// <param name="databaseCount">How many databases the app has.</param>
    public static string Migrate(bool isLibrary, string arguments, string database, int databaseCount)
    {
        var migrate = Shared.MigrateCommand.Line(database, databaseCount, arguments);
        return isLibrary
            ? $"dotnet run --project <the app that references this library> -- {migrate}"
            : $"dotnet run -- {migrate}";
    }
}
