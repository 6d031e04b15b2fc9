namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// The command a build message tells the developer to run. A class library cannot be run: the command that works is
/// the one of the app that references it (docs/architecture.md, "Which project owns the schema").
/// </summary>
internal static class RunHint
{
    public static string Migrate(bool isLibrary, string arguments) => isLibrary
        ? $"dotnet run --project <the app that references this library> -- migrate {arguments}"
        : $"dotnet run -- migrate {arguments}";
}
