using System.Reflection;
using BackendInABox.Manifest;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>The build manifest a generator run produces, built by its generated code the way the runtime builds it.</summary>
internal static class ManifestReader
{
    /// <summary>The default database's manifest.</summary>
    public static BuildManifest Read(GeneratorRun run) => ReadAll(run).Single(m => m.Database == "default");

    /// <summary>Every database's manifest, in the order the generated source lists them.</summary>
    public static IReadOnlyList<BuildManifest> ReadAll(GeneratorRun run)
    {
        var registration = run.Load().GetCustomAttribute<BuildManifestSourceAttribute>()
            ?? throw new Xunit.Sdk.XunitException("The generated app registers no build manifest.");
        return ((IBuildManifestSource)Activator.CreateInstance(registration.SourceType)!).CreateAll();
    }

    public static string? PendingYaml(GeneratorRun run) => Read(run).Pending?.Yaml;
}
