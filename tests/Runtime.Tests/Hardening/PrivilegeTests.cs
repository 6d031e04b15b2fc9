using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Npgsql;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>A PostgreSQL user that may log in but lacks a privilege the runner needs: what it lacks and how to grant it, in words.</summary>
public sealed class PrivilegeTests : IAsyncLifetime
{
    private const string Password = "Limited-Pw-7";

    private readonly string _role = "biab_limited_" + Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync() =>
        await PostgresServer.AdminExecuteAsync($"CREATE ROLE {_role} LOGIN PASSWORD '{Password}'");

    public async Task DisposeAsync() => await PostgresServer.AdminExecuteAsync($"DROP ROLE IF EXISTS {_role}");

    [Fact]
    public async Task Init_by_a_user_who_may_not_create_databases_says_so()
    {
        var database = await PostgresServer.ReserveDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.GenerateAsync("initial schema");

        (await Migrate.RunWithArgumentsAsync(app.Build, ["init", "--connection", AsLimitedUser(database)]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Exception").ShouldNotContain(Password)
            .ShouldContain($"Cannot create the database \"{database.Name}\"").ShouldContain("permission denied").ShouldContain("CREATEDB");
        Assert.False(await database.ExistsAsync());
    }

    [Fact]
    public async Task Status_by_a_user_who_may_not_read_the_history_says_so()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();

        try
        {
            (await Migrate.RunWithArgumentsAsync(app.Build, ["status", "--connection", AsLimitedUser(database)]))
                .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Exception").ShouldNotContain(Password)
                .ShouldContain("permission denied").ShouldContain("history tables");
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private string AsLimitedUser(PostgresDatabase database) =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = _role, Password = Password }.ConnectionString;
}
