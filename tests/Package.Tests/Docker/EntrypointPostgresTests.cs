using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.SampleApp;

namespace BackendInABox.Package.Tests.Docker;

/// <summary>
/// docker/entrypoint.sh with the real SampleApp against a real PostgreSQL, as the api container runs it (there is
/// no Docker engine here, so the script runs directly).
/// </summary>
public sealed class EntrypointPostgresTests
{
    private static readonly string SampleAppCommand = "dotnet " + SampleAppRun.Dll;

    [Fact]
    public async Task Waits_for_a_database_that_comes_up_later_then_migrates_and_starts_the_app()
    {
        await using var cluster = PostgresCluster.Plan();
        using var entrypoint = EntrypointScript.Start(
            SampleAppCommand,
            Path.GetTempPath(),
            new Dictionary<string, string?> { ["DATABASE_URL"] = cluster.Url, ["BIAB_WAIT_SECONDS"] = "90" });

        // The server is down: the entrypoint must still be waiting, not failing or migrating.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.False(entrypoint.HasExited, $"the entrypoint gave up while the database was down:\n{entrypoint.OutputSoFar}");
        EntrypointScript.AssertLogged(entrypoint.OutputSoFar, ["starting", "waiting for database"]);

        await cluster.StartAsync();
        var result = await entrypoint.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result.Describe());
        EntrypointScript.AssertLogged(result.Output, EntrypointScript.Sequence);
        Assert.DoesNotContain(cluster.Password, result.Output);
        AssertAppRowsAfterStart(result.Output);
    }

    [Fact]
    public async Task A_failing_migration_exits_non_zero_without_starting_the_app()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        // A table the history creates already exists with another shape: the first migration must fail.
        await database.ExecuteAsync("CREATE TABLE teams (id integer PRIMARY KEY)");

        using var entrypoint = EntrypointScript.Start(
            SampleAppCommand,
            Path.GetTempPath(),
            new Dictionary<string, string?> { ["DATABASE_URL"] = database.Url, ["BIAB_WAIT_SECONDS"] = "10" });
        var result = await entrypoint.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, result.ExitCode);
        EntrypointScript.AssertLogged(result.Output, ["starting", "waiting for database", "database is ready", "running migrations", "migrations failed"]);
        Assert.DoesNotContain("Teams:", result.Output);
    }

    private static void AssertAppRowsAfterStart(string output)
    {
        var afterStart = output[output.LastIndexOf("[entrypoint] starting application", StringComparison.Ordinal)..];
        SampleAppRun.AssertPrintedRows(afterStart);
    }
}
