using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>
/// A connection that names no database Backend-in-a-Box can use is refused (exit 2) before anything is created, and the
/// refusal never shows its password.
/// </summary>
public sealed class UnusableConnectionTests : IDisposable
{
    private const string Password = "MyS3cret";

    private readonly TestApp _app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("mysql://root:MyS3cret@db:3306/app")]
    [InlineData("sqlserver://sa:MyS3cret@db/app")]
    [InlineData("db.example.com:5432")]
    [InlineData("garbage")]
    [InlineData("Colour=blue;Password=MyS3cret")]
    public async Task An_unusable_connection_is_refused_and_creates_nothing(string connection)
    {
        var build = await InitializedAsync();
        var before = Snapshot();

        foreach (var command in new[] { "up", "status", "init" })
        {
            (await Migrate.RunWithArgumentsAsync(build, [command, "--connection", connection]))
                .ShouldFail(2).ShouldHaveNoStackTrace().ShouldNotContain(Password).ShouldContain("not usable").ShouldContain("Data Source=");
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_DATABASE_URL_of_another_database_is_refused_with_its_password_masked()
    {
        var build = await InitializedAsync();
        var before = Snapshot();
        var environment = new Dictionary<string, string?> { ["DATABASE_URL"] = $"mysql://root:{Password}@db:3306/app" };

        (await Migrate.RunWithArgumentsAsync(build, ["up"], environment))
            .ShouldFail(2).ShouldHaveNoStackTrace().ShouldNotContain(Password).ShouldContain("mysql://root:****@db:3306/app").ShouldContain("DATABASE_URL");

        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("Host=;;;===")]
    [InlineData("Host=db;Port=notaport;Password=MyS3cret")]
    [InlineData("Host=db;Frobnicate=1;Password=MyS3cret")]
    [InlineData("Data Source=x.db;Frobnicate=1")]
    public async Task A_malformed_connection_string_is_bad_usage_in_words(string connection)
    {
        var build = await InitializedAsync();

        (await Migrate.RunWithArgumentsAsync(build, ["status", "--connection", connection]))
            .ShouldFail(2).ShouldHaveNoStackTrace().ShouldNotContain(Password).ShouldNotContain("Exception").ShouldContain("not valid");
    }

    [Theory]
    [InlineData("Data Source=:memory:", "in memory")]
    [InlineData("Data Source=shared;Mode=Memory", "in memory")]
    [InlineData("Data Source=secret.db;Password=MyS3cret", "does not encrypt")]
    public async Task A_SQLite_connection_migrations_cannot_use_is_refused(string connection, string reason)
    {
        var build = await InitializedAsync();
        var before = Snapshot();

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--connection", connection]))
            .ShouldFail(2).ShouldHaveNoStackTrace().ShouldNotContain("Exception").ShouldNotContain(Password).ShouldContain(reason);

        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("app.sqlite")]
    [InlineData("app.sqlite3")]
    [InlineData("Data Source=named-anything")]
    public async Task A_SQLite_path_or_an_explicit_Data_Source_is_a_database(string connection)
    {
        var build = await InitializedAsync();

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--connection", connection])).ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(_app.Directory, connection.Replace("Data Source=", string.Empty, StringComparison.Ordinal))));
    }

    /// <summary>Every file and folder under the project folder and the working directory.</summary>
    private List<string> Snapshot() =>
        [.. new[] { _app.Directory, Directory.GetCurrentDirectory() }
            .SelectMany(d => Directory.GetFileSystemEntries(d, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)];

    private async Task<AppBuild> InitializedAsync()
    {
        (await Migrate.RunWithArgumentsAsync(_app.Build(), ["generate", "initial schema"])).ShouldSucceed();
        return _app.Build();
    }
}
