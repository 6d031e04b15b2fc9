using System.CommandLine;

namespace BackendInABox.Cli;

/// <summary>Options more than one command takes, spelled and described once.</summary>
internal static class CommandOptions
{
    public static Option<long?> Id(string name, string description) => new(name) { Description = description, HelpName = "id" };

    /// <summary>`--allow-unknown`: migrate a database that also holds migrations of another app (a deliberate shared database).</summary>
    public static Option<bool> AllowUnknown() => new("--allow-unknown")
    {
        Description = "Migrate even though the database has applied migrations this app does not know (a database shared on purpose).",
    };
}
