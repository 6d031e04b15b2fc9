using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Configuration;

/// <summary>Where the database comes from when no --connection is given: appsettings.json, the environment, or the embedded default.</summary>
public sealed class ConnectionConfigurationTests : IDisposable
{
    private readonly TestApp _app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Without_any_configuration_an_embedded_SQLite_file_in_the_project_folder_is_used()
    {
        var build = await InitializedAsync();

        var result = (await Migrate.RunWithArgumentsAsync(build, ["up"])).ShouldSucceed();

        var file = Path.Combine(_app.Directory, "app.db");
        result.ShouldContain(file);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task ConnectionStrings_Default_in_appsettings_json_is_used()
    {
        var build = await InitializedAsync();
        File.WriteAllText(Path.Combine(_app.Directory, "appsettings.json"), """{ "ConnectionStrings": { "Default": "Data Source=from-settings.db" } }""");

        (await Migrate.RunWithArgumentsAsync(build, ["up"])).ShouldSucceed().ShouldContain("from-settings.db");

        Assert.True(File.Exists(Path.Combine(_app.Directory, "from-settings.db")));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "app.db")));
    }

    [Fact]
    public async Task The_environment_overrides_appsettings_json()
    {
        var build = await InitializedAsync();
        File.WriteAllText(Path.Combine(_app.Directory, "appsettings.json"), """{ "ConnectionStrings": { "Default": "Data Source=from-settings.db" } }""");
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Default"] = "Data Source=from-environment.db" };

        (await Migrate.RunWithArgumentsAsync(build, ["up"], environment)).ShouldSucceed().ShouldContain("from-environment.db");

        Assert.True(File.Exists(Path.Combine(_app.Directory, "from-environment.db")));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "from-settings.db")));
    }

    [Fact]
    public async Task A_connection_option_wins_over_everything()
    {
        var build = await InitializedAsync();
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Default"] = "Data Source=from-environment.db" };
        var option = Path.Combine(_app.Directory, "from-option.db");

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--connection", $"Data Source={option}"], environment)).ShouldSucceed();

        Assert.True(File.Exists(option));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "from-environment.db")));
    }

    /// <summary>The first migration written and built, as after `migrate generate`.</summary>
    private async Task<AppBuild> InitializedAsync()
    {
        (await Migrate.RunWithArgumentsAsync(_app.Build(), ["generate", "initial schema"])).ShouldSucceed();
        return _app.Build();
    }
}
