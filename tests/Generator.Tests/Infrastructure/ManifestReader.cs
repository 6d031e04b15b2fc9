using System.Reflection;
using BackendInABox.Manifest;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>The build manifest a generator run produces, built by its generated code the way the runtime builds it.</summary>
internal static class ManifestReader
{
    public static BuildManifest Read(GeneratorRun run)
    {
        var registration = run.Load().GetCustomAttribute<BuildManifestSourceAttribute>()
            ?? throw new Xunit.Sdk.XunitException("The generated app registers no build manifest.");
        return ((IBuildManifestSource)Activator.CreateInstance(registration.SourceType)!).Create();
    }

    public static string? PendingYaml(GeneratorRun run) => Read(run).Pending?.Yaml;
}
