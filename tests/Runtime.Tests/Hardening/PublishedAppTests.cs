using System.Runtime.Loader;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>
/// The default SQLite file and relative SQLite paths are resolved when the app runs, not when it was built: in the
/// project folder for an app run from its build output there (`dotnet run`), beside the app once it is published.
/// </summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly TestApp _app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
    private readonly string _published = Path.Combine(Path.GetTempPath(), "biab-rtests-published", Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_published))
        {
            Directory.Delete(_published, recursive: true);
        }
    }

    [Fact]
    public async Task Run_from_its_build_output_the_default_file_is_in_the_project_folder()
    {
        var build = await InitializedAsync();

        (await Migrate.RunWithArgumentsAsync(build, ["up"])).ShouldSucceed().ShouldContain("in the project folder");

        Assert.True(File.Exists(Path.Combine(_app.Directory, "app.db")));
    }

    [Fact]
    public async Task Published_with_the_project_folder_gone_the_default_file_is_beside_the_app()
    {
        var published = Publish(await InitializedAsync());
        Directory.Delete(_app.Directory, recursive: true);

        var result = (await Migrate.RunWithArgumentsAsync(new AppBuild([], [], published.Location, published), ["up"])).ShouldSucceed();

        result.ShouldContain(Path.Combine(_published, "app.db")).ShouldContain("beside the app");
        Assert.True(File.Exists(Path.Combine(_published, "app.db")));
        Assert.False(Directory.Exists(_app.Directory), "The build machine's project folder was created again.");
    }

    [Fact]
    public async Task Published_a_relative_Data_Source_in_appsettings_beside_the_app_is_beside_the_app()
    {
        var published = Publish(await InitializedAsync());
        Directory.CreateDirectory(Path.Combine(_published, "data"));
        File.WriteAllText(Path.Combine(_published, "appsettings.json"), """{ "ConnectionStrings": { "Default": "Data Source=data/app.db" } }""");

        // The project folder still exists on this machine (a publish from a checkout): it must not be used either.
        var result = (await Migrate.RunWithArgumentsAsync(new AppBuild([], [], published.Location, published), ["up"])).ShouldSucceed();

        result.ShouldContain("beside the app").ShouldContain(Path.Combine(_published, "data", "app.db"));
        Assert.True(File.Exists(Path.Combine(_published, "data", "app.db")));
        Assert.False(Directory.Exists(Path.Combine(_app.Directory, "data")));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "app.db")));
    }

    [Fact]
    public async Task Published_with_the_project_folder_gone_generate_refuses_instead_of_recreating_it()
    {
        // A build with a pending change and no migration yet: `generate` would write the first one.
        var published = Publish(_app.Build());
        Directory.Delete(_app.Directory, recursive: true);

        (await Migrate.RunWithArgumentsAsync(new AppBuild([], [], published.Location, published), ["generate", "initial schema"]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldContain(_app.Directory).ShouldContain("does not exist");

        Assert.False(Directory.Exists(_app.Directory), "The build machine's project folder was created again.");
    }

    /// <summary>The built assembly copied to a folder of its own and loaded from there, as a published app runs.</summary>
    private System.Reflection.Assembly Publish(AppBuild build)
    {
        Directory.CreateDirectory(_published);
        var copy = Path.Combine(_published, Path.GetFileName(build.AppPath));
        File.Copy(build.AppPath, copy);
        return new AssemblyLoadContext("published-" + Guid.NewGuid().ToString("N")[..8]).LoadFromAssemblyPath(copy);
    }

    private async Task<AppBuild> InitializedAsync()
    {
        (await Migrate.RunWithArgumentsAsync(_app.Build(), ["generate", "initial schema"])).ShouldSucceed();
        return _app.Build();
    }
}
