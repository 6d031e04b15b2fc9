using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>Two databases on SQLite files, and where a declared database's connection comes from.</summary>
public sealed class SqliteSeveralDatabasesTests : SeveralDatabasesScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());

    private protected override Task<TestDatabase> MissingDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());

    [Fact]
    public async Task ConnectionStrings_analytics_in_appsettings_json_is_the_analytics_databases_and_without_it_analytics_db()
    {
        using var app = TwoDatabaseApp(withAnalyticsCustomer: true);
        await GenerateBothAsync(app);
        var build = app.Build();

        var up = (await Migrate.RunWithArgumentsAsync(build, ["up"])).ShouldSucceed();
        up.ShouldContain($"analytics: no database configured (--connection, ANALYTICS_DATABASE_URL or ConnectionStrings:analytics): using the SQLite file {Path.Combine(app.Directory, "analytics.db")}");
        Assert.True(File.Exists(Path.Combine(app.Directory, "app.db")));
        Assert.True(File.Exists(Path.Combine(app.Directory, "analytics.db")));

        File.WriteAllText(Path.Combine(app.Directory, "appsettings.json"), """{ "ConnectionStrings": { "analytics": "Data Source=events.db" } }""");
        var configured = (await Migrate.RunWithArgumentsAsync(build, ["up", "-d", "analytics"])).ShouldSucceed();
        configured.ShouldContain($"analytics: SQLite file {Path.Combine(app.Directory, "events.db")} (from ConnectionStrings:analytics in appsettings.json)");
        Assert.True(File.Exists(Path.Combine(app.Directory, "events.db")));
    }

    [Fact]
    public async Task A_declared_databases_lock_file_is_its_own_and_init_keeps_it_out_of_git()
    {
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        Directory.CreateDirectory(Path.Combine(app.Directory, ".git"));
        await GenerateBothAsync(app);
        var shared = Path.Combine(app.Directory, "shared.db");

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "init"])).ShouldSucceed();
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["up", "--connection", $"Data Source={shared}"])).ShouldSucceed();

        Assert.Contains("/analytics.db.analytics.migrate-lock", File.ReadAllLines(Path.Combine(app.Directory, ".gitignore")));
        Assert.True(File.Exists(Path.Combine(app.Directory, "analytics.db.analytics.migrate-lock")));
        Assert.True(File.Exists(shared + ".migrate-lock"));
        Assert.True(File.Exists(shared + ".analytics.migrate-lock"));
    }
}
