using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Reset;

/// <summary>`migrate reset`: every migration rolled back and applied again on a development database, refused where it must not run.</summary>
public abstract class ResetScenarios
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Reset_rolls_back_every_migration_applies_them_again_and_says_what_it_dropped()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var customers = await app.GenerateAsync("customers");
        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        var orders = await app.GenerateAsync("orders");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'grace@example.com')");
        await app.Database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1)");
        await app.Database.ExecuteAsync("CREATE TABLE notes (id integer)");

        var reset = (await app.MigrateAsync("reset")).ShouldSucceed();
        reset.ShouldContain($"  rolled back {orders.Id}  orders")
            .ShouldContain($"  rolled back {customers.Id}  customers")
            .ShouldContain("Dropped 2 table(s) and their rows: customers (2 rows), orders (1 row).")
            .ShouldContain("Kept 1 table(s) no migration created: notes.")
            .ShouldContain($"  applied {customers.Id}  customers")
            .ShouldContain($"Database is at {orders.Id} (orders).");
        Assert.Equal(0, await app.Database.CountAsync("customers"));
        Assert.Equal(0, await app.Database.CountAsync("orders"));
        Assert.Equal([customers.Id, orders.Id], await app.Database.AppliedVersionsAsync());
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        await app.Database.AssertRejectedAsync("INSERT INTO orders (id, total, customer_id) VALUES (11, 5, 99)", "the foreign key is back after the reset");
    }

    /// <summary>Holds the reset in its rollback's last hook, still under the lock, until the test lets it go on.</summary>
    private const string PausingHooks = """
        using System.Threading;
        using System.Threading.Tasks;
        using BackendInABox;

        namespace TestApp;

        public sealed class PausingHooks : IMigrationHooks
        {
            public static readonly TaskCompletionSource RolledBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public static readonly TaskCompletionSource Resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public async Task AfterRunAsync(MigrationRun run, CancellationToken cancellationToken)
            {
                if (run.Direction == MigrationDirection.Down && RolledBack.TrySetResult())
                {
                    await Resume.Task.WaitAsync(cancellationToken);
                }
            }
        }
        """;

    [Fact]
    public async Task Reset_holds_the_lock_from_its_rollback_to_its_reapply_so_an_up_started_meanwhile_waits_for_it()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        app.App.WithCode("PausingHooks.cs", PausingHooks);
        var customers = await app.GenerateAsync("customers");
        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        var orders = await app.GenerateAsync("orders");
        (await app.MigrateAsync("up")).ShouldSucceed();
        var hooks = app.Build.App.GetType("TestApp.PausingHooks", throwOnError: true)!;
        var rolledBack = (TaskCompletionSource)hooks.GetField("RolledBack")!.GetValue(null)!;
        var resume = (TaskCompletionSource)hooks.GetField("Resume")!.GetValue(null)!;

        var reset = Migrate.RunAsync(app.Build, app.Database, "reset");
        await rolledBack.Task.WaitAsync(TimeSpan.FromMinutes(2));
        using var other = FixtureProcess.Start(app.Build, app.Database, "up");
        await WaitUntilBlockedAsync(app.Database, other);
        resume.SetResult();

        (await reset).ShouldSucceed()
            .ShouldContain($"  applied {customers.Id}  customers")
            .ShouldContain($"  applied {orders.Id}  orders");
        (await other.WaitAsync(TimeSpan.FromMinutes(2))).ShouldSucceed()
            .ShouldContain($"Nothing to apply: the database is at {orders.Id} (orders).")
            .ShouldNotContain("  applied ");
        Assert.Equal([customers.Id, orders.Id], await app.Database.AppliedVersionsAsync());
    }

    private const string WaitingOnAdvisoryLock =
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    /// <summary>The other runner has said it waits and, on PostgreSQL, is queued on the advisory lock.</summary>
    private static async Task WaitUntilBlockedAsync(TestDatabase database, FixtureProcess runner)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!runner.OutputSoFar.Contains("Another migration runner is working on this database; waiting", StringComparison.Ordinal)
            || (database is PostgresDatabase && (await database.QueryAsync(WaitingOnAdvisoryLock)).Count == 0))
        {
            Assert.False(runner.HasExited, $"The other `up` ended before it waited for the lock:\n{runner.OutputSoFar}");
            await Task.Delay(50, limit.Token);
        }
    }

    [Fact]
    public async Task Reset_refuses_in_Production_even_with_force_and_changes_nothing()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");

        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            var environment = new Dictionary<string, string?> { [variable] = "Production" };
            (await Migrate.RunWithArgumentsAsync(app.Build, ["reset", "--force", "--connection", app.Database.ConnectionString], environment))
                .ShouldFail(2).ShouldHaveNoStackTrace()
                .ShouldContain($"never runs in Production ({variable}=Production), not even with --force");
        }

        Assert.Equal(1, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task Reset_of_a_database_on_another_machine_needs_force()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.GenerateAsync("customers");

        (await Migrate.RunWithArgumentsAsync(app.Build, ["reset", "--connection", "Host=db.example.com;Database=shop;Username=app;Password=secret"]))
            .ShouldFail(2).ShouldHaveNoStackTrace()
            .ShouldContain("which is not on this machine (localhost, 127.0.0.1 or ::1)")
            .ShouldContain("migrate reset --force")
            .ShouldNotContain("secret");
    }
}

public sealed class PostgresResetTests : ResetScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}

public sealed class SqliteResetTests : ResetScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
