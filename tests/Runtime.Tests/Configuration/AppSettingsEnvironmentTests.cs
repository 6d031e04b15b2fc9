using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Configuration;

/// <summary>
/// The `migrate` commands read the configuration the app reads: appsettings.{Environment}.json for the environment
/// `dotnet run`'s launch profile sets, the ASP.NET Core templates' DefaultConnection, a connection string name of the
/// app's choosing, and every message says where the connection came from.
/// </summary>
public sealed class AppSettingsEnvironmentTests : IDisposable
{
    private readonly TestApp _app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public async Task A_connection_string_only_in_appsettings_Development_json_is_used_in_the_Development_environment(string variable)
    {
        var build = await InitializedAsync();
        Settings("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""");
        Settings("appsettings.Development.json", """{ "ConnectionStrings": { "Default": "Data Source=development.db" } }""");

        var up = (await Migrate.RunWithArgumentsAsync(build, ["up"], new Dictionary<string, string?> { [variable] = "Development" })).ShouldSucceed();

        up.ShouldContain("ConnectionStrings:Default in appsettings.Development.json");
        Assert.True(File.Exists(Path.Combine(_app.Directory, "development.db")));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "app.db")));
    }

    [Fact]
    public async Task The_environment_file_overrides_appsettings_json_and_another_environment_reads_only_its_own()
    {
        var build = await InitializedAsync();
        Settings("appsettings.json", """{ "ConnectionStrings": { "Default": "Data Source=base.db" } }""");
        Settings("appsettings.Staging.json", """{ "ConnectionStrings": { "Default": "Data Source=staging.db" } }""");

        (await Migrate.RunWithArgumentsAsync(build, ["up"], new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Staging" })).ShouldSucceed();
        (await Migrate.RunWithArgumentsAsync(build, ["up"], new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Development" }))
            .ShouldSucceed().ShouldContain("ConnectionStrings:Default in appsettings.json");

        Assert.True(File.Exists(Path.Combine(_app.Directory, "staging.db")));
        Assert.True(File.Exists(Path.Combine(_app.Directory, "base.db")));
    }

    [Fact]
    public async Task DefaultConnection_is_found_when_there_is_no_Default()
    {
        var build = await InitializedAsync();
        Settings("appsettings.json", """{ "ConnectionStrings": { "DefaultConnection": "Data Source=identity.db" } }""");

        (await Migrate.RunWithArgumentsAsync(build, ["up"])).ShouldSucceed().ShouldContain("ConnectionStrings:DefaultConnection in appsettings.json");

        Assert.True(File.Exists(Path.Combine(_app.Directory, "identity.db")));
    }

    [Fact]
    public async Task A_configured_connection_string_name_reads_that_name_from_the_environment()
    {
        var build = await InitializedAsync();
        Settings("appsettings.json", """{ "ConnectionStrings": { "Default": "Data Source=default.db" } }""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var options = new MigrationHostOptions
        {
            AppAssembly = build.App,
            Output = output,
            Error = error,
            Environment = new Dictionary<string, string?> { ["ConnectionStrings__shopdb"] = "Data Source=aspire.db" },
            ConnectionStringName = "shopdb",
        };

        var exitCode = await MigrationHost.RunAsync(["migrate", "up"], options);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains("ConnectionStrings:shopdb in environment variables", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app.Directory, "aspire.db")));
        Assert.False(File.Exists(Path.Combine(_app.Directory, "default.db")));
    }

    [Fact]
    public async Task User_secrets_are_read_in_the_Development_environment_only_as_the_dotnet_hosts_read_them()
    {
        var id = "biab-tests-" + Guid.NewGuid().ToString("N")[..12];
        _app.WithCode("Secrets.cs", $"[assembly: Microsoft.Extensions.Configuration.UserSecrets.UserSecretsId(\"{id}\")]");
        var secrets = Path.GetDirectoryName(Microsoft.Extensions.Configuration.UserSecrets.PathHelper.GetSecretsPathFromSecretsId(id))!;
        Directory.CreateDirectory(secrets);
        File.WriteAllText(Path.Combine(secrets, "secrets.json"), """{ "ConnectionStrings": { "Default": "Data Source=secret.db" } }""");
        try
        {
            var build = await InitializedAsync();
            (await Migrate.RunWithArgumentsAsync(build, ["up"], new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Staging" })).ShouldSucceed();
            Assert.False(File.Exists(Path.Combine(_app.Directory, "secret.db")), "User secrets are not read outside Development.");

            (await Migrate.RunWithArgumentsAsync(build, ["up"], new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Development" }))
                .ShouldSucceed().ShouldContain("ConnectionStrings:Default in user secrets");
            Assert.True(File.Exists(Path.Combine(_app.Directory, "secret.db")));
        }
        finally
        {
            Directory.Delete(secrets, recursive: true);
        }
    }

    private void Settings(string file, string json) => File.WriteAllText(Path.Combine(_app.Directory, file), json);

    /// <summary>The first migration written and built, as after `migrate generate`.</summary>
    private async Task<AppBuild> InitializedAsync()
    {
        (await Migrate.RunWithArgumentsAsync(_app.Build(), ["generate", "initial schema"])).ShouldSucceed();
        return _app.Build();
    }
}
