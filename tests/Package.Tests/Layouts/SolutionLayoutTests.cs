using System.Net;
using System.Net.Sockets;
using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Layouts;

/// <summary>
/// The class library + web API + worker solution (<see cref="ShopSolution"/>) built from the packed package: the
/// library owns the manifest, the apps that reference it run its migrations, read their own configuration, migrate at
/// start-up and report through a health check, and WebApplicationFactory tests find it all without naming assemblies.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class SolutionLayoutTests(ConsumerFixture fixture)
{
    private static readonly Dictionary<string, string?> NoEnvironment = new() { ["ASPNETCORE_ENVIRONMENT"] = null, ["DOTNET_ENVIRONMENT"] = null };

    [Fact]
    public async Task The_API_builds_with_its_openapi_yaml_left_alone_and_the_library_s_BIAB200_names_the_app_that_references_it()
    {
        var shop = await fixture.ShopAsync();
        var build = await fixture.ShopFirstBuildAsync();

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Equal(ShopSolution.OpenApi, File.ReadAllText(Path.Combine(shop.Api, "schema", "openapi.yaml")));
        Assert.DoesNotContain("openapi.yaml", build.Output, StringComparison.Ordinal);
        var biab200 = build.Output.Split('\n').Where(l => l.Contains("BIAB200", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(biab200);
        Assert.All(biab200, line => Assert.Contains("product.yaml", line, StringComparison.Ordinal));
        Assert.All(biab200, line => Assert.Contains("dotnet run --project <the app that references this library> -- migrate generate", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_and_up_from_the_API_run_the_library_s_migrations_on_the_connection_in_appsettings_Development_json()
    {
        var (shop, id) = await fixture.ShopGeneratedAsync();
        Assert.Single(Directory.GetFiles(Path.Combine(shop.Data, "migrations"), "*.yaml"));
        Assert.False(Directory.Exists(Path.Combine(shop.Api, "migrations")));

        // `dotnet run` takes the launch profile, which sets ASPNETCORE_ENVIRONMENT=Development.
        var up = (await shop.RunApiAsync(NoEnvironment, "migrate", "up")).EnsureSuccess();
        Assert.Contains("ConnectionStrings:Default in appsettings.Development.json", up.Output, StringComparison.Ordinal);
        Assert.Contains($"applied {id}", up.Output, StringComparison.Ordinal);
        Assert.Contains("products", SqliteFile.Tables(shop.DevelopmentDatabase));

        var status = (await shop.RunApiAsync(NoEnvironment, "migrate", "status")).EnsureSuccess();
        Assert.Contains($"SQLite file {shop.DevelopmentDatabase} (from ConnectionStrings:Default in appsettings.Development.json)", status.Output, StringComparison.Ordinal);
        Assert.Contains("Applied (1):", status.Output, StringComparison.Ordinal);
        Assert.Contains($"  {id}  initial", status.Output, StringComparison.Ordinal);
        Assert.Contains("Pending (0):", status.Output, StringComparison.Ordinal);
        Assert.Contains("Schema:     matches the migration history.", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_which_uses_no_type_of_the_library_runs_its_migrations_on_PostgreSQL()
    {
        var (shop, id) = await fixture.ShopGeneratedAsync();
        await using var database = await PostgresServer.ReserveDatabaseAsync();
        var environment = new Dictionary<string, string?>(NoEnvironment) { ["ConnectionStrings__Default"] = database.ConnectionString };

        var init = (await shop.RunWorkerAsync(environment, "migrate", "init")).EnsureSuccess();
        Assert.Contains("ConnectionStrings:Default in environment variables", init.Output, StringComparison.Ordinal);
        Assert.Contains("products", await database.TablesAsync());

        var status = (await shop.RunWorkerAsync(environment, "migrate", "status")).EnsureSuccess();
        Assert.Contains($"  {id}  initial", status.Output, StringComparison.Ordinal);
        Assert.Contains("Pending (0):", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_migrates_at_start_up_on_PostgreSQL_and_its_health_endpoint_and_AppDatabase_agree_with_migrate()
    {
        var (shop, id) = await fixture.ShopGeneratedAsync();
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Default"] = database.ConnectionString };
        int port;

        // Not migrated: the check names what is pending.
        using (var api = shop.StartApi(port = FreePort(), environment))
        {
            var (status, body) = await GetAsync(api, port, "/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", body);
        }

        using (var api = shop.StartApi(port = FreePort(), new Dictionary<string, string?>(environment) { ["MigrateAtStartup"] = "true" }))
        {
            var (status, body) = await GetAsync(api, port, "/health");
            Assert.True(status == HttpStatusCode.OK, api.OutputSoFar);
            Assert.Equal("Healthy", body);
            Assert.Contains($"applied {id}", api.OutputSoFar, StringComparison.Ordinal);
            var (_, described) = await GetAsync(api, port, "/database");
            Assert.Equal($"PostgreSQL database \"{database.Name}\" at {database.Settings.Host}:{database.Settings.Port} from ConnectionStrings:Default in environment variables", described);
        }

        var migrateStatus = (await shop.RunApiAsync(new Dictionary<string, string?>(environment), "migrate", "status")).EnsureSuccess();
        Assert.Contains("Pending (0):", migrateStatus.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_start_up_migration_stops_the_API_with_the_error()
    {
        var (shop, _) = await fixture.ShopGeneratedAsync();
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=secret-start-up;Database=none;Timeout=2",
            ["MigrateAtStartup"] = "true",
        };

        using var api = shop.StartApi(FreePort(), environment);
        var result = await api.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("at start-up failed", result.Output, StringComparison.Ordinal);
        Assert.Contains("from ConnectionStrings:Default in environment variables", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-start-up", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebApplicationFactory_tests_find_the_manifest_migrate_at_start_up_and_check_health()
    {
        var (shop, id) = await fixture.ShopGeneratedAsync();
        using var databases = new TempDirectory("shop-tests");
        var environment = new Dictionary<string, string?>(NoEnvironment)
        {
            ["SHOP_TEST_DATABASE_MIGRATED"] = $"Data Source={databases.File("migrated.db")}",
            ["SHOP_TEST_DATABASE_FRESH"] = $"Data Source={databases.File("fresh.db")}",
            ["SHOP_TEST_MIGRATION"] = id,
        };

        var test = await shop.TestAsync(environment);

        Assert.True(test.ExitCode == 0, test.Describe());
        Assert.Contains("Passed!  - Failed:     0, Passed:     3", test.Output, StringComparison.Ordinal);
        Assert.Contains("products", SqliteFile.Tables(databases.File("migrated.db")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A real HTTP request to the app on its loopback port, once it listens.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(RunningProcess api, int port, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(path);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException) when (!api.HasExited && attempt < 600)
            {
                await Task.Delay(100);
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"The API did not answer {path}:\n{api.OutputSoFar}", e);
            }
        }
    }
}
