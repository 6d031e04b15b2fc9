using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>A runner killed with SIGKILL mid-migration, and a non-transactional migration that failed halfway.</summary>
[Collection(ProcessCollection.Name)]
public sealed class KillTests
{
    [Fact]
    public async Task A_runner_killed_during_a_long_migration_leaves_nothing_half_applied_and_the_next_up_finishes()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await SlowMigration.ArmAsync(database);

        // Sleeps only while the marker row exists, so the rerun after the kill is quick.
        var slowId = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{slowId}_slow.yaml", MigrationFile.Text(
            slowId,
            "slow",
            initial.Id,
            up: "  - add_column: { table: customers, column: { name: nickname, type: string, max_length: 40 } }\n" +
                SlowMigration.Step,
            down: "  - drop_column: { table: customers, column: nickname }\n"));
        app.Rebuild();

        await SlowMigration.KillUpMidwayAsync(app.Build, database);

        Assert.Equal([initial.Id], await database.AppliedVersionsAsync());
        Assert.False(await database.ColumnExistsAsync("customers", "nickname"));

        await SlowMigration.DisarmAsync(database);
        var rerun = (await FixtureProcess.RunAsync(app.Build, database, "up")).ShouldSucceed().ShouldHaveNoStackTrace();
        rerun.ShouldContain(slowId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal([initial.Id, slowId], await database.AppliedVersionsAsync());
        Assert.True(await database.ColumnExistsAsync("customers", "nickname"));
    }

    [Fact]
    public async Task A_failed_migration_without_a_transaction_is_reported_by_status()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();

        var brokenId = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{brokenId}_concurrent_step.yaml", MigrationFile.Text(
            brokenId,
            "concurrent step",
            initial.Id,
            up: "  - add_column: { table: customers, column: { name: nickname, type: string, max_length: 40 } }\n" +
                "  - sql: \"SELECT 1 / 0\"\n",
            down: "  - drop_column: { table: customers, column: nickname }\n",
            transaction: false));
        app.Rebuild();

        (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace()
            .ShouldContain(SafetyApps.IdText(brokenId))
            .ShouldContain("division by zero");
        Assert.Equal([initial.Id], await app.Database.AppliedVersionsAsync());

        var status = await app.MigrateAsync("status");
        status.ShouldContain(SafetyApps.IdText(brokenId)).ShouldContain("fail").ShouldContain("transaction").ShouldHaveNoStackTrace();
    }
}
