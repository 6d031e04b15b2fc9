using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Docker;

/// <summary>
/// The entrypoint's control flow against a fake app (a shell script that records how it was called), so every
/// branch is covered without a database: order of steps, exit codes, and that the app replaces the shell.
/// </summary>
public sealed class EntrypointTests : IDisposable
{
    private readonly TempDirectory _dir = new("entrypoint");

    public EntrypointTests()
    {
        File.WriteAllText(_dir.File("fake-app.sh"), """
            # Records each call; `migrate status|up` exit with FAKE_STATUS_EXIT / FAKE_UP_EXIT; otherwise it is the app.
            echo "$*" >> "$FAKE_CALLS"
            case "$1 $2" in
              "migrate status") echo "fake: status"; exit "${FAKE_STATUS_EXIT:-0}" ;;
              "migrate up") echo "fake: up"; exit "${FAKE_UP_EXIT:-0}" ;;
            esac
            echo "fake app pid $$ args $*"
            exit 7
            """);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Waits_migrates_then_execs_the_app_with_the_container_arguments()
    {
        var (result, pid) = await RunAsync(new Dictionary<string, string?> { ["BIAB_WAIT_SECONDS"] = "9" }, "serve", "--port", "80");

        EntrypointScript.AssertLogged(result.Output, EntrypointScript.Sequence);
        Assert.Equal(["migrate status --wait 9", "migrate up --wait 9", "serve --port 80"], Calls());
        // exec: the app runs as the entrypoint's own process (PID 1 in a container, receiving its signals), and its
        // exit code is the container's.
        Assert.Contains($"fake app pid {pid} args serve --port 80", result.Output);
        Assert.Equal(7, result.ExitCode);
    }

    [Fact]
    public async Task Waits_60_seconds_by_default()
    {
        var (result, _) = await RunAsync(new Dictionary<string, string?> { ["BIAB_WAIT_SECONDS"] = null });

        Assert.Equal(7, result.ExitCode);
        Assert.Equal(["migrate status --wait 60", "migrate up --wait 60", ""], Calls());
    }

    [Fact]
    public async Task A_failed_migration_stops_with_its_exit_code_and_never_starts_the_app()
    {
        var (result, _) = await RunAsync(new Dictionary<string, string?> { ["FAKE_UP_EXIT"] = "1" });

        Assert.Equal(1, result.ExitCode);
        EntrypointScript.AssertLogged(result.Output, ["starting", "waiting for database", "database is ready", "running migrations", "migrations failed"]);
        Assert.Equal(["migrate status --wait 60", "migrate up --wait 60"], Calls());
    }

    [Fact]
    public async Task An_unreachable_database_stops_before_migrating()
    {
        var (result, _) = await RunAsync(new Dictionary<string, string?> { ["FAKE_STATUS_EXIT"] = "1" });

        Assert.Equal(1, result.ExitCode);
        EntrypointScript.AssertLogged(result.Output, ["starting", "waiting for database", "database is not ready"]);
        Assert.Equal(["migrate status --wait 60"], Calls());
    }

    private async Task<(ProcessResult Result, int Pid)> RunAsync(Dictionary<string, string?> environment, params string[] arguments)
    {
        environment["FAKE_CALLS"] = _dir.File("calls.txt");
        using var process = EntrypointScript.Start("sh " + _dir.File("fake-app.sh"), _dir.Path, environment, arguments);
        var pid = process.Id;
        return (await process.WaitAsync(TimeSpan.FromSeconds(30)), pid);
    }

    private string[] Calls() => File.ReadAllLines(_dir.File("calls.txt"));
}
