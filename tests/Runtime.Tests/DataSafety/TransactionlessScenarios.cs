using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary><c>transaction: false</c> means what it says on both dialects: each statement commits on its own, going up and down.</summary>
public abstract class TransactionlessScenarios
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private protected abstract string CreateIndex { get; }

    private protected abstract string DropIndex { get; }

    [Fact]
    public async Task A_migration_without_a_transaction_runs_statements_that_refuse_one_up_and_down()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");

        var id = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{id}_index_email.yaml", MigrationFile.Text(
            id, "index email", initial.Id, up: $"  - sql: \"{CreateIndex}\"\n", down: $"  - sql: \"{DropIndex}\"\n", transaction: false));
        app.Rebuild();

        var script = (await app.MigrateAsync("script")).ShouldSucceed();
        var section = script.StandardOutput[script.StandardOutput.IndexOf("-- " + id, StringComparison.Ordinal)..];
        Assert.Contains("without a transaction", section, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN", section, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Contains("ix_customers_email_ci", await IndexesAsync(app.Database));
        var status = (await app.MigrateAsync("status")).ShouldSucceed();
        status.ShouldNotContain("FAILED");

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.DoesNotContain("ix_customers_email_ci", await IndexesAsync(app.Database));
        Assert.Equal(1, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task A_failed_migration_without_a_transaction_keeps_its_earlier_statements_and_status_says_so()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();

        var id = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{id}_two_steps.yaml", MigrationFile.Text(
            id,
            "two steps",
            initial.Id,
            up: "  - sql: \"CREATE TABLE step_one (id integer)\"\n  - sql: \"INSERT INTO no_such_table VALUES (1)\"\n",
            down: "  - sql: \"DROP TABLE step_one\"\n",
            transaction: false));
        app.Rebuild();

        (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace().ShouldContain("without a transaction");
        Assert.True(await app.Database.TableExistsAsync("step_one"), "The statement before the failing one should stay applied without a transaction.");
        Assert.Equal([initial.Id], await app.Database.AppliedVersionsAsync());
        (await app.MigrateAsync("status")).ShouldContain("FAILED").ShouldContain("did not finish going up");
    }

    private static async Task<IReadOnlyList<string?>> IndexesAsync(TestDatabase database) =>
        await database.ColumnValuesAsync(database.Provider == "SQLite"
            ? "SELECT name FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'customers'");
}

public sealed class PostgresTransactionlessTests : TransactionlessScenarios
{
    private protected override string CreateIndex => "CREATE INDEX CONCURRENTLY ix_customers_email_ci ON customers (lower(email))";

    private protected override string DropIndex => "DROP INDEX CONCURRENTLY ix_customers_email_ci";

    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}

/// <summary>SQLite has no concurrent index; VACUUM is its statement that cannot run inside a transaction.</summary>
public sealed class SqliteTransactionlessTests : TransactionlessScenarios
{
    private protected override string CreateIndex => "CREATE INDEX ix_customers_email_ci ON customers (lower(email))\"\n  - sql: \"VACUUM";

    private protected override string DropIndex => "DROP INDEX ix_customers_email_ci\"\n  - sql: \"VACUUM";

    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
