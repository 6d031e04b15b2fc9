using System.Xml.Linq;
using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Layouts;

/// <summary>
/// The usual .NET layout, outside the repository: Shop.Data (a class library that references the package and owns
/// schema/ and migrations/), Shop.Api (a web API that references it, with its own schema/openapi.yaml, a connection
/// string only in appsettings.Development.json, the hosting API and a health endpoint), Shop.Worker (references the
/// library but uses none of its types) and Shop.Tests (WebApplicationFactory tests of the API). Restored once.
/// </summary>
internal sealed class ShopSolution : IDisposable
{
    public const string OpenApi = """
        openapi: 3.0.1
        info: { title: Shop, version: v1 }
        paths: {}
        """;

    private readonly TempDirectory _dir = new("shop");

    public string Folder => _dir.Path;

    public string Data => Path.Combine(Folder, "Shop.Data");

    public string Api => Path.Combine(Folder, "Shop.Api");

    public string Worker => Path.Combine(Folder, "Shop.Worker");

    public string Tests => Path.Combine(Folder, "Shop.Tests");

    /// <summary>appsettings.Development.json's SQLite file, relative, so in the API's project folder under `dotnet run`.</summary>
    public string DevelopmentDatabase => Path.Combine(Api, "shop-dev.db");

    public static async Task<ShopSolution> CreateAsync(PackedFeed feed)
    {
        var shop = new ShopSolution();
        shop.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="backend-in-a-box-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        shop.WriteData(feed.Version);
        shop.WriteApi();
        shop.WriteWorker();
        shop.WriteTests();
        (await shop.DotnetAsync(shop.Folder, "restore", "Shop.Tests/Shop.Tests.csproj")).EnsureSuccess();
        (await shop.DotnetAsync(shop.Folder, "restore", "Shop.Worker/Shop.Worker.csproj")).EnsureSuccess();
        return shop;
    }

    /// <summary>Builds every project (the tests' build builds the API and the library); the transcript of both builds.</summary>
    public async Task<ProcessResult> BuildAsync()
    {
        var tests = await DotnetAsync(Folder, "build", "--no-restore", "Shop.Tests/Shop.Tests.csproj");
        if (tests.ExitCode != 0)
        {
            return tests;
        }

        var worker = await DotnetAsync(Folder, "build", "--no-restore", "Shop.Worker/Shop.Worker.csproj");
        return worker with { Output = tests.Output + worker.Output };
    }

    /// <summary>`dotnet run --project Shop.Api -- ...`, launch profile and all, as a user runs it from the solution folder.</summary>
    public Task<ProcessResult> RunApiAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        DotnetAsync(Folder, ["run", "--no-build", "--project", "Shop.Api", "--", .. arguments], environment);

    public Task<ProcessResult> RunWorkerAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        DotnetAsync(Folder, ["run", "--no-build", "--project", "Shop.Worker", "--", .. arguments], environment);

    /// <summary>The API serving on a loopback port, its environment Development as `dotnet run`'s launch profile makes it.</summary>
    public RunningProcess StartApi(int port, IReadOnlyDictionary<string, string?> environment) =>
        RunningProcess.Start(
            "dotnet",
            ["run", "--no-build", "--project", "Shop.Api", "--no-launch-profile"],
            Folder,
            new Dictionary<string, string?>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["ASPNETCORE_ENVIRONMENT"] = "Development" });

    public Task<ProcessResult> TestAsync(IReadOnlyDictionary<string, string?> environment) =>
        DotnetAsync(Folder, ["test", "--no-build", "Shop.Tests/Shop.Tests.csproj"], environment);

    public void Dispose() => _dir.Dispose();

    private void WriteData(string version)
    {
        WriteProject("Shop.Data/Shop.Data.csproj", "Microsoft.NET.Sdk", [$"<PackageReference Include=\"BackendInABox\" Version=\"{version}\" />"]);
        Write("Shop.Data/schema/product.yaml", """
            name: Product
            fields:
              id:  { type: bigint, primary: true }
              sku: { type: string, required: true, max_length: 40, unique: true }
            """);
    }

    private void WriteApi()
    {
        WriteProject("Shop.Api/Shop.Api.csproj", "Microsoft.NET.Sdk.Web", [DataReference]);
        Write("Shop.Api/schema/openapi.yaml", OpenApi);
        Write("Shop.Api/Program.cs", """
            using BackendInABox;

            if (args is ["migrate", ..]) return await MigrationHost.RunAsync(args);

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddBackendInABox(builder.Configuration);
            builder.Services.AddHealthChecks().AddBackendInABoxCheck();
            var app = builder.Build();
            if (app.Configuration["MigrateAtStartup"] == "true")
            {
                await app.MigrateDatabaseAsync();
            }

            app.MapHealthChecks("/health");
            app.MapGet("/database", (AppDatabase database) => $"{database.Description} from {database.Source}");
            app.MapGet("/products", () => new Shop.Data.Product { Id = 1, Sku = "A-1" }.Sku);
            await app.RunAsync();
            return 0;

            public partial class Program;
            """);
        Write("Shop.Api/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } } }""");
        Write("Shop.Api/appsettings.Development.json", """{ "ConnectionStrings": { "Default": "Data Source=shop-dev.db" } }""");
        Write("Shop.Api/Properties/launchSettings.json", """
            {
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://127.0.0.1:5299",
                  "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development" }
                }
              }
            }
            """);
    }

    private void WriteWorker()
    {
        WriteProject("Shop.Worker/Shop.Worker.csproj", "Microsoft.NET.Sdk.Worker", [PackageReference("Microsoft.Extensions.Hosting"), DataReference]);
        Write("Shop.Worker/Program.cs", """
            if (args is ["migrate", ..]) return await BackendInABox.MigrationHost.RunAsync(args);

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddBackendInABox(builder.Configuration);
            using var host = builder.Build();
            await host.MigrateDatabaseAsync();
            return 0;
            """);
    }

    private void WriteTests()
    {
        WriteProject(
            "Shop.Tests/Shop.Tests.csproj",
            "Microsoft.NET.Sdk",
            [
                PackageReference("Microsoft.NET.Test.Sdk"),
                PackageReference("xunit"),
                PackageReference("xunit.runner.visualstudio"),
                PackageReference("Microsoft.AspNetCore.Mvc.Testing"),
                "<ProjectReference Include=\"../Shop.Api/Shop.Api.csproj\" />",
                "<Using Include=\"Xunit\" />",
            ],
            "<IsTestProject>true</IsTestProject>");
        Write("Shop.Tests/ApiTests.cs", """
            using System.Net;
            using BackendInABox;
            using Microsoft.AspNetCore.Mvc.Testing;

            namespace Shop.Tests;

            public sealed class ApiTests
            {
                private static WebApplicationFactory<Program> Factory(string database, bool migrate) =>
                    new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
                        .UseSetting("ConnectionStrings:Default", Environment.GetEnvironmentVariable("SHOP_TEST_DATABASE_" + database))
                        .UseSetting("MigrateAtStartup", migrate ? "true" : "false"));

                [Fact]
                public async Task After_the_start_up_migration_the_health_check_is_Healthy()
                {
                    using var factory = Factory("MIGRATED", migrate: true);
                    var response = await factory.CreateClient().GetAsync("/health");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
                }

                [Fact]
                public async Task Without_it_the_health_check_is_Unhealthy()
                {
                    using var factory = Factory("FRESH", migrate: false);
                    var response = await factory.CreateClient().GetAsync("/health");
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                    Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
                }

                [Fact]
                public void AppDatabase_under_the_test_host_finds_the_library_s_migrations_without_naming_an_assembly()
                {
                    var database = AppDatabase.FromEnvironment();
                    Assert.Equal(Environment.GetEnvironmentVariable("SHOP_TEST_MIGRATION"), database.BuildMigration?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            """);
    }

    private const string DataReference = "<ProjectReference Include=\"../Shop.Data/Shop.Data.csproj\" />";

    /// <summary>A project file for net10.0 with nullable and implicit usings on, as `dotnet new` writes one, with these items.</summary>
    private void WriteProject(string relative, string sdk, IEnumerable<string> items, string? property = null)
    {
        var properties = new[] { "<TargetFramework>net10.0</TargetFramework>", "<ImplicitUsings>enable</ImplicitUsings>", "<Nullable>enable</Nullable>", property }.OfType<string>();
        Write(relative, string.Join("\n", [
            $"<Project Sdk=\"{sdk}\">",
            "  <PropertyGroup>",
            .. properties.Select(p => "    " + p),
            "  </PropertyGroup>",
            "  <ItemGroup>",
            .. items.Select(i => "    " + i),
            "  </ItemGroup>",
            "</Project>",
            string.Empty]));
    }

    /// <summary>A package at the version the repository itself uses.</summary>
    private static string PackageReference(string package) => $"<PackageReference Include=\"{package}\" Version=\"{RepositoryVersion(package)}\" />";

    private static string RepositoryVersion(string package) =>
        XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Task<ProcessResult> DotnetAsync(string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        RunningProcess.RunAsync("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5), environment);

    private Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments) => DotnetAsync(workingDirectory, arguments, null);
}
