using System.IO.Compression;

namespace BackendInABox.Package.Tests.Package;

/// <summary>What a BackendInABox nupkg must hold, whichever command packed it.</summary>
internal static class PackageContents
{
    public static readonly string[] Expected =
    [
        "BackendInABox.nuspec",
        "README.md",
        "analyzers/dotnet/cs/BackendInABox.Generator.dll",
        "analyzers/dotnet/cs/YamlDotNet.dll",
        "buildTransitive/net10.0/BackendInABox.props",
        "buildTransitive/net10.0/BackendInABox.targets",
        "lib/net10.0/BackendInABox.dll",
        "schemas/migration-file.schema.json",
        "schemas/schema-file.schema.json",
    ];

    /// <summary>The package's own files, without the OPC bookkeeping every nupkg has.</summary>
    public static IReadOnlyList<string> Entries(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith('_') && !n.StartsWith('['))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
