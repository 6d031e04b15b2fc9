using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// The runtime needs .NET 10. The package's build files sit under buildTransitive/net10.0 so that NuGet itself
/// judges an older app incompatible: one restore error naming the framework, not a "compatible" package whose
/// generated code then fails with CS0234 for want of the runtime assembly.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class TargetFrameworkTests(ConsumerFixture fixture)
{
    [Theory]
    [InlineData("net8.0")]
    [InlineData("net9.0")]
    public async Task An_app_on_an_older_framework_gets_one_error_naming_net10(string framework)
    {
        var feed = await fixture.FeedAsync();
        using var dir = new TempDirectory("old-" + framework);
        await File.WriteAllTextAsync(dir.File("OldApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BackendInABox" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(dir.File("Program.cs"), "if (args is [\"migrate\", ..]) Environment.Exit(await BackendInABox.MigrationHost.RunAsync(args));\n");
        await File.WriteAllTextAsync(dir.File("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="backend-in-a-box-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);

        var build = await RunningProcess.RunAsync("dotnet", ["build"], dir.Path, TimeSpan.FromMinutes(5));

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error NU1202", build.Output, StringComparison.Ordinal);
        Assert.Contains($"is not compatible with {framework}", build.Output, StringComparison.Ordinal);
        Assert.Contains("supports: net10.0", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
    }
}
