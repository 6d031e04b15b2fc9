using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>Files the runner cannot create, read or write: what is wrong and how to fix it, in words, without exception type names.</summary>
public sealed class FileProblemTests : IDisposable
{
    private readonly TestApp _app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_lock_file_that_cannot_be_created_is_explained()
    {
        var build = await InitializedAsync();
        var database = Path.Combine(_app.Directory, "locked.db");

        // A folder where the lock file belongs cannot be opened as a file (and as root, permissions would not stop it).
        Directory.CreateDirectory(database + ".migrate-lock");

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--connection", $"Data Source={database}"]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Exception")
            .ShouldContain("lock file").ShouldContain(database + ".migrate-lock").ShouldContain("writable");
    }

    [Fact]
    public async Task A_script_output_that_cannot_be_written_is_explained()
    {
        var build = await InitializedAsync();

        (await Migrate.RunWithArgumentsAsync(build, ["script", "--output", "/proc/nope.sql", "--connection", $"Data Source={Path.Combine(_app.Directory, "app.db")}"]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Exception").ShouldContain("/proc/nope.sql").ShouldContain("--output");
    }

    [Fact]
    public async Task A_file_that_is_not_a_SQLite_database_is_explained()
    {
        var build = await InitializedAsync();
        var database = Path.Combine(_app.Directory, "notes.db");
        File.WriteAllText(database, "These are my notes, not a database. They go on for a while so the header is not all zeros.\n");

        (await Migrate.RunWithArgumentsAsync(build, ["status", "--connection", $"Data Source={database}"]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("Exception").ShouldContain(database).ShouldContain("not a database");
    }

    [Fact]
    public async Task A_SQLite_file_in_a_folder_that_does_not_exist_is_refused_with_the_fix()
    {
        var build = await InitializedAsync();
        var folder = Path.Combine(_app.Directory, "no", "such", "folder");

        foreach (var command in new[] { "up", "init" })
        {
            (await Migrate.RunWithArgumentsAsync(build, [command, "--connection", $"Data Source={Path.Combine(folder, "app.db")}"]))
                .ShouldFail(2).ShouldHaveNoStackTrace().ShouldContain(folder).ShouldContain("does not exist").ShouldContain("mkdir -p");
        }

        Assert.False(Directory.Exists(Path.Combine(_app.Directory, "no")));
    }

    [Fact]
    public async Task A_SQLite_file_in_an_existing_folder_is_created()
    {
        var build = await InitializedAsync();
        var database = Path.Combine(_app.Directory, "data", "app.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--connection", $"Data Source={database}"])).ShouldSucceed().ShouldContain("Created");

        Assert.True(File.Exists(database));
    }

    [Fact]
    public async Task Script_against_a_SQLite_file_that_does_not_exist_yet_scripts_everything_and_creates_nothing()
    {
        var build = await InitializedAsync();
        var database = Path.Combine(_app.Directory, "later.db");

        var result = (await Migrate.RunWithArgumentsAsync(build, ["script", "--connection", $"Data Source={database}"]))
            .ShouldSucceed().ShouldContain("does not exist yet").ShouldNotContain("cannot be read");

        Assert.Contains("CREATE TABLE", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("customers", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    private async Task<AppBuild> InitializedAsync()
    {
        (await Migrate.RunWithArgumentsAsync(_app.Build(), ["generate", "initial schema"])).ShouldSucceed();
        return _app.Build();
    }
}
