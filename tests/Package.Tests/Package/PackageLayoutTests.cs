using System.IO.Compression;
using System.Xml.Linq;

namespace BackendInABox.Package.Tests.Package;

[Collection(ConsumerCollection.Name)]
public sealed class PackageLayoutTests(ConsumerFixture fixture)
{
    [Fact]
    public async Task The_package_holds_the_runtime_the_generator_with_its_YamlDotNet_and_the_build_files()
    {
        var feed = await fixture.FeedAsync();

        Assert.Equal(PackageContents.Expected, PackageContents.Entries(feed.PackagePath));
    }

    [Fact]
    public async Task The_nuspec_declares_the_runtime_libraries_and_neither_YamlDotNet_nor_Roslyn()
    {
        var nuspec = await NuspecAsync();
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var group = Assert.Single(metadata.Element(ns + "dependencies")!.Elements(ns + "group"));
        Assert.Equal("net10.0", group.Attribute("targetFramework")!.Value);
        var ids = group.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();

        Assert.Superset(
            new HashSet<string> { "FluentMigrator", "FluentMigrator.Runner.Core", "FluentMigrator.Runner.Postgres", "FluentMigrator.Runner.SQLite", "Npgsql", "Microsoft.Data.Sqlite", "System.CommandLine" },
            ids.ToHashSet());
        Assert.DoesNotContain(ids, id => id.StartsWith("YamlDotNet", StringComparison.Ordinal) || id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || id.Contains("Generator", StringComparison.Ordinal) || id == "PolySharp");

        Assert.Equal("BackendInABox", metadata.Element(ns + "id")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.StartsWith("https://github.com/", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
    }

    private async Task<XDocument> NuspecAsync()
    {
        var feed = await fixture.FeedAsync();
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        await using var stream = zip.GetEntry("BackendInABox.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
