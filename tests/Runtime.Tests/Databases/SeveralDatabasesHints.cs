using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>
/// With several databases every command but `up` and `status` needs --database, so each command the runner suggests
/// names the database it is about, the drivers' "does not exist" hints and init's own included.
/// </summary>
public abstract partial class SeveralDatabasesScenarios
{
    /// <summary>A database the test owns that does not exist yet (no file, no database on the server).</summary>
    private protected abstract Task<TestDatabase> MissingDatabaseAsync();

    [Fact]
    public async Task A_missing_analytics_database_is_met_with_commands_that_name_it()
    {
        await using var main = await CreateDatabaseAsync();
        await using var analytics = await MissingDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        await GenerateAsync(app, "default", "initial schema");
        var environment = Connections(main, analytics);

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "down"], environment)).ShouldFail()
            .ShouldContain("Run `dotnet run -- migrate --database analytics init`");
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["status"], environment)).ShouldFail(3)
            .ShouldContain("does not exist yet (run `migrate --database analytics init`)");

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "init"], environment)).ShouldSucceed()
            .ShouldContain("Wrote the first migration")
            .ShouldContain("then run `dotnet run -- migrate --database analytics init` (or `migrate --database analytics up`) again");
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "init"], environment)).ShouldSucceed();
        await analytics.ExecuteAsync("INSERT INTO pages (id, path) VALUES (1, '/')");
        await analytics.ExecuteAsync("INSERT INTO visits (id, page_id) VALUES (1, 1)");

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["-d", "analytics", "down", "3"], environment)).ShouldFail(2)
            .ShouldContain("Run `migrate --database analytics down 1`, or `migrate --database analytics down --to 0`");
        Assert.Equal(1, await analytics.CountAsync("visits"));
    }
}
