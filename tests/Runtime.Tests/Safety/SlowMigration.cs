using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>
/// A migration step that sleeps on PostgreSQL while a marker row exists, so a test can kill the runner in the middle of
/// it, then remove the marker and rerun quickly.
/// </summary>
internal static class SlowMigration
{
    public const string Step = "  - sql: \"SELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM slow_marker) THEN 20 ELSE 0 END)\"\n";

    public static Task ArmAsync(TestDatabase database) => database.ExecuteAsync("CREATE TABLE slow_marker (slow integer); INSERT INTO slow_marker VALUES (1)");

    public static Task DisarmAsync(TestDatabase database) => database.ExecuteAsync("DELETE FROM slow_marker");

    /// <summary>Starts `migrate up` in its own process and kills it with SIGKILL once the slow step is running.</summary>
    public static async Task KillUpMidwayAsync(AppBuild build, PostgresDatabase database)
    {
        using var runner = FixtureProcess.Start(build, database, "up");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await database.IsRunningAsync("pg_sleep"))
        {
            Assert.True(DateTime.UtcNow < deadline, "The slow migration never started.\n" + runner.OutputSoFar);
            await Task.Delay(100);
        }

        runner.KillHard();
        await runner.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
