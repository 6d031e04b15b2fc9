using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>
/// An app with a second database, analytics, declared in its project file: each database has its own models,
/// migrations, history and connection; `migrate --database` picks one, `up` and `status` cover both, the other
/// commands refuse to guess. Real rows in tables that refer to each other, on both dialects.
/// </summary>
public abstract partial class SeveralDatabasesScenarios
{
    /// <summary>Customer is a model of both databases, with its own table and columns in each.</summary>
    private const string AnalyticsCustomer = """
        name: Customer
        table: customers
        fields:
          id:      { type: integer, primary: true }
          segment: { type: string, max_length: 40 }
        """;

    private const string Page = """
        name: Page
        table: pages
        fields:
          id:   { type: integer, primary: true }
          path: { type: string, required: true, max_length: 200 }
        """;

    private const string Visit = """
        name: Visit
        table: visits
        fields:
          id:       { type: integer, primary: true }
          page:     { type: ref, target: Page, required: true, on_delete: cascade }
          customer: { type: ref, target: Customer, on_delete: set_null }
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Each_database_is_generated_migrated_reported_and_rolled_back_on_its_own()
    {
        await using var main = await CreateDatabaseAsync();
        await using var analytics = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);
        var environment = Connections(main, analytics);

        var refused = (await Migrate.RunWithArgumentsAsync(app.Build(), ["generate", "initial schema"], environment)).ShouldFail(2);
        refused.ShouldContain("declares 2: default, analytics").ShouldContain("--database");
        await GenerateBothAsync(app);
        var build = app.Build();
        Assert.Empty(build.PendingChangeWarnings);

        var up = (await Migrate.RunWithArgumentsAsync(build, ["up"], environment)).ShouldSucceed();
        Assert.True(up.StandardOutput.IndexOf("== default ==", StringComparison.Ordinal) < up.StandardOutput.IndexOf("== analytics ==", StringComparison.Ordinal), up.ToString());
        up.ShouldContain("(from ConnectionStrings:Default in environment variables)").ShouldContain("(from ANALYTICS_DATABASE_URL)");
        up.ShouldContain("analytics: " + (main.Provider == "SQLite" ? "SQLite file" : "PostgreSQL database"));

        await main.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'alan@example.com')");
        await main.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1), (11, 7, 2)");
        await analytics.ExecuteAsync("INSERT INTO customers (id, segment) VALUES (1, 'trial')");
        await analytics.ExecuteAsync("INSERT INTO pages (id, path) VALUES (1, '/'), (2, '/pricing')");
        await analytics.ExecuteAsync("INSERT INTO visits (id, page_id, customer_id) VALUES (1, 1, 1), (2, 2, NULL)");
        Assert.False(await main.TableExistsAsync("visits"));
        Assert.False(await analytics.ColumnExistsAsync("customers", "email"));
        await analytics.AssertRejectedAsync("INSERT INTO visits (id, page_id) VALUES (3, 99)", "a visit of a page the analytics database does not have");

        var status = (await Migrate.RunWithArgumentsAsync(build, ["status"], environment)).ShouldSucceed();
        status.ShouldContain("== default ==").ShouldContain("== analytics ==").ShouldContain("initial analytics").ShouldNotContain("pending\n");

        (await Migrate.RunWithArgumentsAsync(build, ["down"], environment)).ShouldFail(2).ShouldContain("`migrate down` works on one database");
        (await Migrate.RunWithArgumentsAsync(build, ["-d", "analytics", "down"], environment)).ShouldSucceed().ShouldContain("analytics: ");
        Assert.False(await analytics.TableExistsAsync("visits"));
        Assert.Equal(2, await main.CountAsync("orders"));
        Assert.Equal(["ada@example.com", "alan@example.com"], await main.ColumnValuesAsync("SELECT email FROM customers ORDER BY id"));

        var partial = (await Migrate.RunWithArgumentsAsync(build, ["status"], environment)).ShouldSucceed();
        Assert.Contains("initial analytics  pending", partial.StandardOutput, StringComparison.Ordinal);
        (await Migrate.RunWithArgumentsAsync(build, ["up", "--database", "analytics"], environment)).ShouldSucceed().ShouldNotContain("== default ==");
        Assert.Equal(0, await analytics.CountAsync("visits"));
        Assert.Equal(2, await main.CountAsync("orders"));
    }

    [Fact]
    public async Task Two_databases_on_one_connection_keep_separate_histories()
    {
        await using var shared = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        await GenerateBothAsync(app);
        var build = app.Build();
        string[] connection = ["--connection", shared.ConnectionString];

        (await Migrate.RunWithArgumentsAsync(build, ["up", .. connection])).ShouldSucceed();
        await shared.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        await shared.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1)");
        await shared.ExecuteAsync("INSERT INTO pages (id, path) VALUES (1, '/')");
        await shared.ExecuteAsync("INSERT INTO visits (id, page_id) VALUES (1, 1)");

        var owner = ManifestOwner.Find(build.App);
        var defaultIds = owner.Databases[0].Migrations.Select(m => m.Id).ToList();
        var analyticsIds = owner.Databases[1].Migrations.Select(m => m.Id).ToList();
        Assert.Equal(defaultIds, await shared.AppliedVersionsAsync());
        Assert.Equal(analyticsIds, await VersionsAsync(shared, "biab_analytics_version_info"));
        Assert.Equal(1, await shared.CountAsync("biab_analytics_migration_files"));

        // Neither database takes the other's history for unknown migrations, nor its tables for drift.
        (await Migrate.RunWithArgumentsAsync(build, ["status", .. connection])).ShouldSucceed().ShouldNotContain("UNKNOWN");
        await AssertShapeAsync(shared, owner, owner.Databases[0]);
        await AssertShapeAsync(shared, owner, owner.Databases[1]);

        (await Migrate.RunWithArgumentsAsync(build, ["--database", "analytics", "down", .. connection])).ShouldSucceed();
        Assert.False(await shared.TableExistsAsync("visits"));
        Assert.Empty(await VersionsAsync(shared, "biab_analytics_version_info"));
        Assert.Equal(defaultIds, await shared.AppliedVersionsAsync());
        Assert.Equal(1, await shared.CountAsync("orders"));
        (await Migrate.RunWithArgumentsAsync(build, ["-d", "default", "up", .. connection])).ShouldSucceed().ShouldContain("Nothing to apply");
        (await Migrate.RunWithArgumentsAsync(build, ["up", .. connection])).ShouldSucceed();
        Assert.True(await shared.TableExistsAsync("visits"));
    }

    [Fact]
    public async Task Migrations_of_two_databases_may_share_an_id()
    {
        await using var shared = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        await GenerateBothAsync(app);

        // Generated in the same second, as a script generating for both databases would.
        var id = MigrationFile.IdOf(app.MigrationFilesOf("default")[0]).ToString(CultureInfo.InvariantCulture);
        var analyticsFile = app.MigrationFilesOf("analytics")[0];
        var analyticsId = MigrationFile.IdOf(analyticsFile).ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(
            Path.Combine(Path.GetDirectoryName(analyticsFile)!, Path.GetFileName(analyticsFile).Replace(analyticsId, id, StringComparison.Ordinal)),
            File.ReadAllText(analyticsFile).Replace("id: " + analyticsId, "id: " + id, StringComparison.Ordinal));
        File.Delete(analyticsFile);
        var build = app.Build();
        string[] connection = ["--connection", shared.ConnectionString];

        (await Migrate.RunWithArgumentsAsync(build, ["up", .. connection])).ShouldSucceed();
        Assert.True(await shared.TableExistsAsync("orders"));
        Assert.True(await shared.TableExistsAsync("visits"));
        (await Migrate.RunWithArgumentsAsync(build, ["-d", "analytics", "down", .. connection])).ShouldSucceed();
        Assert.False(await shared.TableExistsAsync("visits"));
        Assert.True(await shared.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task Up_stops_at_the_first_database_that_fails_and_says_which_were_done()
    {
        await using var main = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);
        await GenerateBothAsync(app);
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = main.ConnectionString,
            ["ANALYTICS_DATABASE_URL"] = "Data Source=" + Path.Combine(app.Directory, "no-such-folder", "analytics.db"),
        };

        var up = (await Migrate.RunWithArgumentsAsync(app.Build(), ["up"], environment)).ShouldFail(2);

        up.ShouldContain("no-such-folder").ShouldContain("Stopped at the database analytics (exit code 2). Done: default; not done: analytics.");
        Assert.True(await main.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task An_unknown_database_name_is_refused_with_the_declared_ones()
    {
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);

        var status = (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "reports", "status"])).ShouldFail(2);

        status.ShouldContain("The app has no database \"reports\"; it declares default, analytics.");
        Assert.Throws<ArgumentException>(() => AppDatabase.FromConnectionString("Data Source=x.db", app.Build().App).ForDatabase("reports"));
    }

    [Fact]
    public async Task AppDatabase_reaches_the_named_database_and_checks_it_is_current()
    {
        await using var main = await CreateDatabaseAsync();
        await using var analytics = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);
        await GenerateBothAsync(app);
        var build = app.Build();
        (await Migrate.RunWithArgumentsAsync(build, ["-d", "default", "up", "--connection", main.ConnectionString])).ShouldSucceed();

        var database = AppDatabase.FromConnectionString(analytics.ConnectionString, build.App, database: "analytics");
        Assert.Equal("analytics", database.Name);
        Assert.Equal(["default", "analytics"], database.Databases);
        var pending = Assert.Single(await database.PendingMigrationsAsync());
        await Assert.ThrowsAsync<DatabaseNotCurrentException>(() => database.EnsureCurrentAsync());

        (await Migrate.RunWithArgumentsAsync(build, ["-d", "analytics", "up", "--connection", analytics.ConnectionString])).ShouldSucceed().ShouldContain(pending.ToString(CultureInfo.InvariantCulture));
        await database.EnsureCurrentAsync();
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM visits";
        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task At_start_up_every_database_is_migrated_and_the_health_check_covers_each()
    {
        await using var main = await CreateDatabaseAsync();
        await using var analytics = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);
        await GenerateBothAsync(app);
        var build = app.Build();
        using var host = new Backup.StartupHost(main.ConnectionString, o => o.AppAssembly = build.App, new Dictionary<string, string?> { ["ConnectionStrings:analytics"] = analytics.ConnectionString });
        var database = host.Services.GetRequiredService<AppDatabase>();
        var check = new Hosting.MigrationHealthCheck(database);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("database-migrations", check, HealthStatus.Unhealthy, null) };

        var behind = await check.CheckHealthAsync(context);
        Assert.Equal(HealthStatus.Unhealthy, behind.Status);
        Assert.Equal(2, behind.Description!.Split('\n').Length);
        Assert.Contains("analytics: ", behind.Description, StringComparison.Ordinal);

        await host.MigrateDatabaseAsync();
        Assert.True(host.Output.IndexOf("== default ==", StringComparison.Ordinal) is >= 0 and var first && host.Output.IndexOf("== analytics ==", StringComparison.Ordinal) > first, host.Output);
        Assert.Contains("(from ConnectionStrings:analytics in in-memory configuration)", host.Output, StringComparison.Ordinal);
        Assert.True(await main.TableExistsAsync("orders"));
        Assert.True(await analytics.TableExistsAsync("visits"));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context)).Status);
        Assert.Empty(await database.ForDatabase("analytics").PendingMigrationsAsync());
        await host.MigrateDatabaseAsync("analytics");
    }

    [Fact]
    public async Task A_code_step_of_the_analytics_database_is_told_its_database()
    {
        await using var main = await CreateDatabaseAsync();
        await using var analytics = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false).WithCode("Steps.cs", """
            using System.Threading;
            using System.Threading.Tasks;
            using BackendInABox;

            public sealed class RecordDatabaseName : IMigrationStep
            {
                public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
                {
                    await using var insert = context.CreateCommand("INSERT INTO pages (id, path) VALUES (100, @path)");
                    var path = insert.CreateParameter();
                    path.ParameterName = "@path";
                    path.Value = "/" + context.DatabaseName;
                    insert.Parameters.Add(path);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            """);
        await GenerateBothAsync(app);
        var file = app.MigrationFilesOf("analytics")[0];
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ndown:\n", "\n  - code: RecordDatabaseName\ndown:\n", StringComparison.Ordinal));
        var environment = Connections(main, analytics);

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["up"], environment)).ShouldSucceed();

        Assert.Equal(["/analytics"], await analytics.ColumnValuesAsync("SELECT path FROM pages"));
    }

    [Fact]
    public async Task Two_heads_in_the_analytics_history_are_refused_with_the_merge_command_that_names_it()
    {
        await using var analytics = await CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        await GenerateBothAsync(app);
        var parent = MigrationFile.IdOf(app.MigrationFilesOf("analytics")[0]);
        foreach (var (offset, name) in new[] { (1, "left"), (2, "right") })
        {
            var id = MigrationIdAfter(parent, offset);
            File.WriteAllText(
                Path.Combine(app.MigrationsDirectoryOf("analytics"), $"{id}_{name}.yaml"),
                $"id: {id}\ndescription: {name}\nparent: {parent}\nup:\n  - sql: \"SELECT 1\"\ndown:\n  - sql: \"SELECT 1\"\n");
        }

        var refused = (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "up", "--connection", analytics.ConnectionString])).ShouldFail();

        refused.ShouldContain("2 heads").ShouldContain("Run `dotnet run -- migrate --database analytics merge`");
    }

    private static string MigrationIdAfter(long id, int seconds) =>
        DateTime.ParseExact(id.ToString(CultureInfo.InvariantCulture), "yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            .AddSeconds(seconds).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private protected static TestApp TwoDatabaseApp(bool withAnalyticsCustomer)
    {
        var app = TestApp.Create()
            .WithSchema("customer.yaml", Workflows.Schemas.Customer)
            .WithSchema("order.yaml", Workflows.Schemas.Order)
            .WithDatabase("analytics")
            .WithSchema("page.yaml", Page, database: "analytics")
            .WithSchema("visit.yaml", withAnalyticsCustomer ? Visit : Visit.Replace("\n  customer: { type: ref, target: Customer, on_delete: set_null }", string.Empty, StringComparison.Ordinal), database: "analytics");
        return withAnalyticsCustomer ? app.WithSchema("customer.yaml", AnalyticsCustomer, database: "analytics") : app;
    }

    /// <summary>The first migration of each database: "initial schema" of the default one, "initial analytics".</summary>
    private protected static async Task GenerateBothAsync(TestApp app)
    {
        await GenerateAsync(app, "default", "initial schema");
        await GenerateAsync(app, "analytics", "initial analytics");
    }

    /// <summary>The default database's connection from ConnectionStrings:Default, the analytics one's from ANALYTICS_DATABASE_URL.</summary>
    private protected static Dictionary<string, string?> Connections(TestDatabase main, TestDatabase analytics) => new()
    {
        ["ConnectionStrings__Default"] = main.ConnectionString,
        ["ANALYTICS_DATABASE_URL"] = analytics.ConnectionString,
    };

    /// <summary>`migrate --database NAME generate "message"` on the current build, requiring one new file in that database's folder.</summary>
    private protected static async Task GenerateAsync(TestApp app, string database, string message)
    {
        await TestApp.WaitForNextMigrationIdAsync(app);
        var before = app.MigrationFilesOf(database).Count;
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["--database", database, "generate", message])).ShouldSucceed();
        Assert.Equal(before + 1, app.MigrationFilesOf(database).Count);
    }

    private static async Task<IReadOnlyList<long>> VersionsAsync(TestDatabase database, string table) =>
        [.. (await database.QueryAsync($"SELECT \"Version\" FROM {table} ORDER BY \"Version\"")).Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture))];

    private static async Task AssertShapeAsync(TestDatabase database, ManifestOwner owner, BuildManifest manifest)
    {
        var provider = database.Provider == "SQLite" ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        await using var connection = await database.OpenAsync();
        var live = (await SchemaReader.ReadAsync(connection, provider, manifest, CancellationToken.None)).Without(owner.TablesOfOthers(manifest));
        Assert.Empty(ShapeComparison.Differences(ExpectedShape.Of(manifest, provider), live));
    }
}
