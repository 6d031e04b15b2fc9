using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Databases;

/// <summary>
/// A fresh console app with <c>&lt;BackendInABoxDatabase&gt;</c> items, built against the packed package: the packed
/// targets give each database's YAML files to the generator, which emits each database's models in its namespace
/// and a manifest per database; a bad item fails the build at the project file.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class SeveralDatabasesBuildTests(ConsumerFixture fixture)
{
    private const string Program = """
        using BackendInABox.Manifest;

        if (args is ["migrate", ..]) return await BackendInABox.MigrationHost.RunAsync(args);
        var registration = (BuildManifestSourceAttribute)Attribute.GetCustomAttribute(typeof(Program).Assembly, typeof(BuildManifestSourceAttribute))!;
        foreach (var manifest in ((IBuildManifestSource)Activator.CreateInstance(registration.SourceType)!).CreateAll())
        {
            Console.WriteLine(string.Join(" ", manifest.Database, manifest.Namespace, manifest.MigrationsNamespace,
                Path.GetRelativePath(manifest.ProjectDirectory, manifest.SchemaDirectory), Path.GetRelativePath(manifest.ProjectDirectory, manifest.MigrationsDirectory),
                manifest.Pending is null ? "-" : string.Join(",", manifest.Pending.Summary)));
        }

        return 0;
        """;

    private const string Items = """
          <ItemGroup>
            <BackendInABoxDatabase Include="analytics" />
            <BackendInABoxDatabase Include="audit" SchemaDir="db/audit/schema" MigrationsDir="db/audit/migrations" Namespace="ConsumerApp.Auditing" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public async Task Each_declared_database_builds_its_models_in_its_namespace_and_has_a_manifest()
    {
        using var app = await ConsumerApp.CreateAsync(await fixture.FeedAsync(), _ => Program);
        AddItems(app, Items);
        Write(app, "analytics/schema/product.yaml", """
            name: Product
            table: products
            fields:
              id:   { type: bigint, primary: true }
              name: { type: string, required: true, max_length: 80 }
            """);
        Write(app, "analytics/schema/page_view.yaml", """
            name: PageView
            table: page_views
            fields:
              id:      { type: bigint, primary: true }
              product: { type: ref, target: Product }
            """);
        // Compiles only if both databases' Product exist, each in its own namespace, and the ref is analytics' own.
        Write(app, "AnalyticsUse.cs", """
            namespace ConsumerApp;

            internal static class AnalyticsUse
            {
                internal static (string Shop, string Analytics) Tables => (Product.TableName, Analytics.Product.TableName);

                internal static long? Viewed(Analytics.PageView view) => view.ProductId;
            }
            """);

        var build = await app.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Contains("analytics/schema/page_view.yaml(1,7): warning BIAB200", build.Output, StringComparison.Ordinal);
        Assert.Contains("migrate --database analytics generate", build.Output, StringComparison.Ordinal);

        var listed = (await app.DotnetInFolderAsync("run", "--no-build")).EnsureSuccess().Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 6))
            .ToList();
        Assert.Equal(
            [
                "default ConsumerApp ConsumerApp.Migrations schema migrations",
                "analytics ConsumerApp.Analytics ConsumerApp.Analytics.Migrations analytics/schema analytics/migrations",
                "audit ConsumerApp.Auditing ConsumerApp.Auditing.Migrations db/audit/schema db/audit/migrations",
            ],
            listed.Select(fields => string.Join(" ", fields.Take(5))));
        Assert.Equal("table products added", listed[0][5]);
        Assert.Equal(["table page_views added", "table products added"], listed[1][5].Split(',').Order(StringComparer.Ordinal));
        Assert.Equal("-", listed[2][5]);
    }

    [Fact]
    public async Task A_bad_item_fails_the_build_at_the_project_file()
    {
        using var app = await ConsumerApp.CreateAsync(await fixture.FeedAsync(), _ => Program);
        AddItems(app, """
              <ItemGroup>
                <BackendInABoxDatabase Include="Analytics" />
              </ItemGroup>
            </Project>
            """);

        var build = await app.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(
            $"{Path.Combine(app.Folder, ConsumerApp.Name + ".csproj")}(1,1): error BIAB090: {ConsumerApp.Name}.csproj, <BackendInABoxDatabase Include=\"Analytics\" />: 'Analytics' is not a database name",
            build.Output,
            StringComparison.Ordinal);
    }

    private static void AddItems(ConsumerApp app, string items)
    {
        var project = Path.Combine(app.Folder, ConsumerApp.Name + ".csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", items, StringComparison.Ordinal));
    }

    private static void Write(ConsumerApp app, string relativePath, string text)
    {
        var path = Path.Combine(app.Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
