using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>`--verbose` shows each statement before it runs, so the one that fails is on screen before its error.</summary>
public sealed class VerboseSqlTests
{
    private const string FailingStatement = "UPDATE customers SET no_such_column = 1";

    [Fact]
    public Task On_PostgreSQL_the_failing_statement_is_printed_before_the_error() =>
        FailingStatementIsShownAsync(PostgresServer.CreateDatabaseAsync());

    [Fact]
    public Task On_SQLite_the_failing_statement_is_printed_before_the_error() =>
        FailingStatementIsShownAsync(Task.FromResult(new SqliteDatabase()));

    [Fact]
    public async Task On_PostgreSQL_a_history_table_the_user_may_not_create_is_shown_and_explained()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.GenerateAsync("initial schema");

        // A user who may connect but not create tables: PostgreSQL 15's default for everyone but the owner.
        var role = "biab_reader_" + Guid.NewGuid().ToString("N")[..8];
        await PostgresServer.AdminExecuteAsync($"CREATE ROLE {role} LOGIN PASSWORD 'Reader-Pw-1'");
        await app.Database.ExecuteAsync("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        var settings = ((PostgresDatabase)app.Database).Settings;
        settings.Username = role;
        settings.Password = "Reader-Pw-1";
        try
        {
            var verbose = (await Migrate.RunWithArgumentsAsync(app.Build, ["up", "--verbose", "--connection", settings.ConnectionString])).ShouldFail(1);
            Assert.True(verbose.StandardOutput.Contains("CREATE TABLE", StringComparison.Ordinal), "Expected the failing statement on standard output.\n" + verbose);

            (await Migrate.RunWithArgumentsAsync(app.Build, ["up", "--connection", settings.ConnectionString]))
                .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Reader-Pw-1")
                .ShouldContain("permission denied").ShouldContain("Statement: CREATE TABLE").ShouldContain("GRANT CREATE ON SCHEMA");
        }
        finally
        {
            await app.Database.DisposeAsync();
            await PostgresServer.AdminExecuteAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task FailingStatementIsShownAsync<TDatabase>(Task<TDatabase> create)
        where TDatabase : TestDatabase
    {
        await using var app = new AppUnderTest(await create);
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        var id = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{id}_broken.yaml", MigrationFile.Text(id, "broken", initial.Id, up: $"  - sql: \"{FailingStatement}\"\n", down: "  - sql: \"SELECT 1\"\n"));
        app.Rebuild();

        var result = (await app.MigrateAsync("up", "--verbose")).ShouldFail(1);

        Assert.True(
            result.StandardOutput.Contains(FailingStatement, StringComparison.Ordinal),
            "Expected the failing statement on standard output before the error.\n" + result);
    }
}
