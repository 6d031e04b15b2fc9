using System.Reflection;

namespace BackendInABox.Tests.Shared;

/// <summary>
/// The repository checkout the tests were built from (for scripts/, docs, docker files), recorded by the build: with
/// an artifacts path the test assembly lives outside the repository.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
