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
