using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Safety;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary>
/// What the runner refuses or reports about the history itself on a real PostgreSQL: another app's database, a
/// rollback of more than is applied, a merge after one branch ran, and file hashes that survive a killed runner.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class HistorySafetyTests
{
    [Fact]
    public async Task Up_refuses_a_database_that_holds_another_apps_migrations_unless_allowed()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var app = new AppUnderTest(database);
        var other = new AppUnderTest(database);
        try
        {
            other.WithSchema("ticket.yaml", Schemas.TicketWithTextCode);
            await other.StartAsync();
        }
        finally
        {
            other.App.Dispose();
        }

        // Migration ids are seconds: the other app's id must not be this app's too.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.GenerateAsync("initial schema");
        var foreign = await database.AppliedVersionsAsync();

        var refused = (await Migrate.RunAsync(app.Build, database, "up")).ShouldFail(1).ShouldHaveNoStackTrace();
        refused.ShouldContain(foreign[0].ToString(CultureInfo.InvariantCulture)).ShouldContain("--allow-unknown").ShouldContain("does not know");
        Assert.False(await database.TableExistsAsync("customers"));
        Assert.Equal(foreign, await database.AppliedVersionsAsync());

        (await Migrate.RunAsync(app.Build, database, "up", "--allow-unknown")).ShouldSucceed();
        Assert.True(await database.TableExistsAsync("customers"));
        Assert.True(await database.TableExistsAsync("tickets"));
    }

    [Fact]
    public async Task Down_refuses_more_than_is_applied_and_rolls_back_everything_only_with_to_0()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        app.Rebuild();
        await app.GenerateAsync("add phone");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");

        (await app.MigrateAsync("down", "999")).ShouldFail(2).ShouldHaveNoStackTrace().ShouldContain("only 2").ShouldContain("--to 0");
        Assert.Equal(2, (await app.Database.AppliedVersionsAsync()).Count);
        Assert.Equal(1, await app.Database.CountAsync("customers"));

        (await app.MigrateAsync("down", "--to", "0")).ShouldSucceed();
        Assert.Empty(await app.Database.AppliedVersionsAsync());
        Assert.False(await app.Database.TableExistsAsync("customers"));
    }

    [Fact]
    public async Task Merging_after_one_branch_was_applied_is_not_an_edit_and_reports_the_newest_version()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();

        // Branch A adds a field; branch B, made and deployed without A's file, adds a model.
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        app.Rebuild();
        var branchA = await app.GenerateAsync("add phone");
        var parkedA = branchA.Path + ".parked";
        File.Move(branchA.Path, parkedA);
        app.WithSchema("customer.yaml", Schemas.Customer);
        app.WithSchema("order.yaml", Schemas.Order);
        app.Rebuild();
        var branchB = await app.GenerateAsync("add orders");
        (await app.MigrateAsync("up")).ShouldSucceed();

        File.Move(parkedA, branchA.Path);
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        (await Migrate.RunWithArgumentsAsync(app.Rebuild(), ["merge"])).ShouldSucceed();
        app.Rebuild();
        Assert.Contains($"parent: {branchA.Id}", File.ReadAllText(branchB.Path), StringComparison.Ordinal);

        var up = (await app.MigrateAsync("up")).ShouldSucceed();
        up.ShouldContain($"Database is at {branchB.Id}");
        Assert.Equal([initial.Id, branchA.Id, branchB.Id], (await app.Database.AppliedVersionsAsync()).Order());

        var status = (await app.MigrateAsync("status")).ShouldSucceed();
        status.ShouldNotContain("EDITED");
        status.ShouldContain($"Version:    {branchB.Id}");
    }

    [Fact]
    public async Task A_runner_killed_midway_still_reports_later_edits_of_the_migrations_it_applied()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await SlowMigration.ArmAsync(database);

        var addId = MigrationFile.After(initial.Id, 1);
        var addFile = Path.Combine(app.App.MigrationsDirectory, $"{addId}_add_nickname.yaml");
        app.App.WithMigration(Path.GetFileName(addFile), MigrationFile.Text(
            addId,
            "add nickname",
            initial.Id,
            up: "  - add_column: { table: customers, column: { name: nickname, type: string, max_length: 40 } }\n",
            down: "  - drop_column: { table: customers, column: nickname }\n"));
        var slowId = MigrationFile.After(initial.Id, 2);
        app.App.WithMigration($"{slowId}_slow.yaml", MigrationFile.Text(
            slowId,
            "slow",
            addId,
            up: SlowMigration.Step,
            down: "  - sql: \"SELECT 1\"\n"));
        app.Rebuild();

        await SlowMigration.KillUpMidwayAsync(app.Build, database);

        Assert.Equal([initial.Id, addId], await database.AppliedVersionsAsync());
        File.WriteAllText(addFile, File.ReadAllText(addFile).Replace("max_length: 40", "max_length: 80", StringComparison.Ordinal));
        app.Rebuild();

        var status = await app.MigrateAsync("status");
        status.ShouldContain("EDITED").ShouldContain(Path.GetFileName(addFile));
    }
}
