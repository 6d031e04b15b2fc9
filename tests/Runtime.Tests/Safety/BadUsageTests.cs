using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Npgsql;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>Mistakes a user makes: one clear sentence, exit 1 or 2, no stack trace (unless --verbose), never the password.</summary>
public sealed class BadUsageTests : IAsyncLifetime
{
    /// <summary>No server listens here (reserved for these tests next to the test cluster's port).</summary>
    private const int ClosedPort = 55509;

    private const string WrongPassword = "Wr0ng-Passw0rd-4711";

    private AppUnderTest _app = null!;
    private string _password = null!;

    public async Task InitializeAsync()
    {
        _app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        _app.WithSchema("customer.yaml", Schemas.Customer);
        await _app.StartAsync();
        _password = new NpgsqlConnectionStringBuilder(await PostgresServer.AdminConnectionStringAsync()).Password!;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("down", "0")]
    [InlineData("down", "-3")]
    [InlineData("down", "abc")]
    [InlineData("up", "--to")]
    public async Task A_malformed_command_line_is_bad_usage(params string[] arguments)
    {
        var result = (await _app.MigrateAsync(arguments)).ShouldFail(2).ShouldHaveNoStackTrace().ShouldNotContain(_password);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError), "Expected an explanation on stderr.\n" + result);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("down")]
    public async Task A_target_id_that_does_not_exist_is_named(string command)
    {
        (await _app.MigrateAsync(command, "--to", "19990101000000"))
            .ShouldFail(1, 2).ShouldHaveNoStackTrace().ShouldContain("19990101000000").ShouldNotContain(_password);
        Assert.Single(await _app.Database.AppliedVersionsAsync());
    }

    [Fact]
    public async Task An_unreachable_host_names_host_and_port_without_a_stack_trace()
    {
        var connection = With(b => { b.Port = ClosedPort; b.Timeout = 3; });
        (await RunAsync("up", "--connection", connection))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain(_password).ShouldContain($"127.0.0.1:{ClosedPort}");
    }

    [Fact]
    public async Task Verbose_shows_the_stack_trace()
    {
        var connection = With(b => { b.Port = ClosedPort; b.Timeout = 3; });
        var result = (await RunAsync("up", "--connection", connection, "--verbose")).ShouldFail(1).ShouldNotContain(_password);
        Assert.True(result.HasStackTrace, "Expected --verbose to show the exception's stack trace.\n" + result);
    }

    [Fact]
    public async Task A_wrong_password_is_reported_without_showing_it()
    {
        var connection = With(b => b.Password = WrongPassword);
        (await RunAsync("up", "--connection", connection))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain(WrongPassword).ShouldNotContain(_password).ShouldContain("password");
    }

    [Fact]
    public async Task A_database_that_does_not_exist_suggests_init()
    {
        var connection = With(b => b.Database = "biab_missing_" + Guid.NewGuid().ToString("N")[..8]);
        (await RunAsync("up", "--connection", connection))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain(_password).ShouldContain("migrate init");
    }

    [Fact]
    public async Task DATABASE_URL_is_used_and_its_password_never_shown()
    {
        var settings = ((PostgresDatabase)_app.Database).Settings;
        var url = $"postgres://{settings.Username}:{Uri.EscapeDataString(settings.Password!)}@{settings.Host}:{settings.Port}/{settings.Database}";
        var environment = new Dictionary<string, string?> { ["DATABASE_URL"] = url };
        (await Migrate.RunWithArgumentsAsync(_app.Build, ["status"], environment))
            .ShouldSucceed().ShouldContain(settings.Database!).ShouldNotContain(_password);
    }

    private Task<RunResult> RunAsync(params string[] arguments) => Migrate.RunWithArgumentsAsync(_app.Build, arguments);

    private string With(Action<NpgsqlConnectionStringBuilder> change)
    {
        var builder = ((PostgresDatabase)_app.Database).Settings;
        change(builder);
        return builder.ConnectionString;
    }
}
