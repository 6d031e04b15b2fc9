using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Layouts;

/// <summary>
/// A host that references two class libraries which each own a schema cannot tell which to migrate (docs/architecture.md,
/// "Which project owns the schema"): `migrate` names both and how to choose, with the bad-usage exit code 2.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class TwoOwnersTests(ConsumerFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new("two-owners");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_host_referencing_two_projects_that_own_schemas_is_refused_with_exit_2_naming_both()
    {
        var feed = await fixture.FeedAsync();
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="backend-in-a-box-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        foreach (var (library, model) in new[] { ("Billing.Data", "Invoice"), ("Catalog.Data", "Item") })
        {
            Write($"{library}/{library}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="BackendInABox" Version="{feed.Version}" />
                  </ItemGroup>
                </Project>
                """);
            Write($"{library}/schema/{model.ToLowerInvariant()}.yaml", $"""
                name: {model}
                fields:
                  id: {"{"} type: bigint, primary: true {"}"}
                """);
        }

        Write("Host/Host.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Billing.Data/Billing.Data.csproj" />
                <ProjectReference Include="../Catalog.Data/Catalog.Data.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write("Host/Program.cs", "return await BackendInABox.MigrationHost.RunAsync(args);\n");

        (await DotnetAsync("build", "Host/Host.csproj")).EnsureSuccess();
        var status = await DotnetAsync("run", "--no-build", "--project", "Host", "--", "migrate", "status");

        Assert.True(status.ExitCode == 2, status.Describe());
        Assert.Contains("The app Host references several projects with Backend-in-a-Box schemas or migrations: Billing.Data, Catalog.Data.", status.Output, StringComparison.Ordinal);
        Assert.Contains("MigrationHostOptions.AppAssembly", status.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", status.Output, StringComparison.Ordinal);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Task<ProcessResult> DotnetAsync(params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", arguments, _dir.Path, TimeSpan.FromMinutes(5), null);
}
