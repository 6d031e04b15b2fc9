using System.Reflection;

namespace BackendInABox.Package.Tests.Infrastructure;

/// <summary>Paths inside the repository under test, recorded by the build (the test assembly may live elsewhere).</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The SampleApp build output the test project copies beside the tests.</summary>
    public static string SampleAppDll { get; } = Path.Combine(AppContext.BaseDirectory, "sample-app", "SampleApp.dll");
}
