using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Configuration;

/// <summary>
/// A PostgreSQL database whose search_path puts another schema before public (ALTER DATABASE ... SET search_path =
/// app, public): the app's tables and its history live in the first schema of the path, through every command.
/// </summary>
public sealed class PostgresSearchPathTests
{
    [Fact]
    public async Task With_app_before_public_tables_and_history_stay_in_app_through_init_up_status_down_check_and_reset()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await database.ExecuteAsync("CREATE SCHEMA app");
        await database.ExecuteAsync($"ALTER DATABASE \"{database.Name}\" SET search_path = app, public");
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer).WithSchema("order.yaml", Schemas.Order);

        (await Migrate.RunAsync(app.Build(), database, "init")).ShouldSucceed().ShouldContain("Wrote the first migration");
        (await Migrate.RunAsync(app.Build(), database, "init")).ShouldSucceed().ShouldContain("applied");
        await database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'alan@example.com')");
        await database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1), (11, 7, 2)");

        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        await TestApp.WaitForNextMigrationIdAsync(app);
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["generate", "add phone"])).ShouldSucceed();
        var build = app.Build();
        (await Migrate.RunAsync(build, database, "up")).ShouldSucceed().ShouldContain("applied");
        await database.ExecuteAsync("UPDATE customers SET phone = '555-0100' WHERE id = 1");
        (await Migrate.RunAsync(build, database, "status")).ShouldSucceed().ShouldContain("Applied (2)").ShouldContain("matches the migration history");
        await AppDatabase.FromConnectionString(database.ConnectionString, build.App).EnsureCurrentAsync();
        Assert.Equal(["VersionInfo", "biab_migration_files", "customers", "orders"], await TablesInAsync(database, "app"));
        Assert.Empty(await TablesInAsync(database, "public"));

        (await Migrate.RunAsync(build, database, "down")).ShouldSucceed().ShouldContain("rolled back");
        Assert.DoesNotContain("phone", await ColumnsAsync(database, "customers"));
        Assert.Equal(["ada@example.com", "alan@example.com"], await database.ColumnValuesAsync("SELECT email FROM customers ORDER BY id"));
        Assert.Equal(2, await database.CountAsync("orders"));
        await Assert.ThrowsAsync<DatabaseNotCurrentException>(() => AppDatabase.FromConnectionString(database.ConnectionString, build.App).EnsureCurrentAsync());

        (await Migrate.RunAsync(build, database, "reset")).ShouldSucceed();
        Assert.Contains("phone", await ColumnsAsync(database, "customers"));
        Assert.Equal(0, await database.CountAsync("orders"));
        Assert.Equal(2, await database.CountAsync("VersionInfo"));
        Assert.Equal(["VersionInfo", "biab_migration_files", "customers", "orders"], await TablesInAsync(database, "app"));
        Assert.Empty(await TablesInAsync(database, "public"));
    }

    [Fact]
    public async Task A_search_path_without_an_existing_schema_is_refused_before_anything_is_created()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await database.ExecuteAsync($"ALTER DATABASE \"{database.Name}\" SET search_path = nowhere");
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        (await Migrate.RunWithArgumentsAsync(app.Build(), ["generate", "initial schema"])).ShouldSucceed();

        (await Migrate.RunAsync(app.Build(), database, "up")).ShouldFail(2)
            .ShouldContain("The search_path of PostgreSQL database")
            .ShouldContain("is nowhere, and none of its schemas exists")
            .ShouldContain("CREATE SCHEMA")
            .ShouldHaveNoStackTrace();
        Assert.Empty(await database.ColumnValuesAsync("SELECT relname FROM pg_class WHERE relname IN ('VersionInfo', 'biab_migration_files', 'customers')"));
    }

    private static async Task<IReadOnlyList<string?>> TablesInAsync(PostgresDatabase database, string schema) =>
        await database.ColumnValuesAsync($"SELECT tablename FROM pg_tables WHERE schemaname = '{schema}' ORDER BY tablename COLLATE \"C\"");

    private static async Task<IReadOnlyList<string?>> ColumnsAsync(PostgresDatabase database, string table) =>
        await database.ColumnValuesAsync($"SELECT column_name FROM information_schema.columns WHERE table_schema = 'app' AND table_name = '{table}'");
}
