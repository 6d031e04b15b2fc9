using System.Runtime.CompilerServices;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>The repository checkout the tests were compiled from (for scripts/pg-cluster.sh), wherever the build output went.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Script(string name) => Path.Combine(Root, "scripts", name);

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
