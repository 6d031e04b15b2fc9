using System.Diagnostics;
using System.Text;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>
/// A real `dotnet MigrationFixtureApp.dll migrate ...` process running the test app, for races between processes,
/// kill -9, and timing of --wait.
/// </summary>
internal sealed class FixtureProcess : IDisposable
{
    private static readonly string FixtureDll = Path.Combine(AppContext.BaseDirectory, "fixture-app", "MigrationFixtureApp.dll");

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly string _command;

    private FixtureProcess(Process process, string command)
    {
        _process = process;
        _command = command;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static FixtureProcess Start(AppBuild app, TestDatabase? database, params string[] arguments)
    {
        if (!File.Exists(FixtureDll))
        {
            throw new InvalidOperationException($"The fixture app is missing at {FixtureDll}; the test project's build copies it there.");
        }

        string[] all = database is null ? arguments : [.. arguments, "--connection", database.ConnectionString];
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(FixtureDll);
        info.ArgumentList.Add("migrate");
        foreach (var argument in all)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["BIAB_APP_ASSEMBLY"] = app.AppPath;
        info.Environment.Remove("DATABASE_URL");
        info.Environment.Remove("ConnectionStrings__Default");

        var process = new Process { StartInfo = info };
        var fixture = new FixtureProcess(process, "migrate " + Migrate.Describe(all));
        process.OutputDataReceived += (_, e) => fixture.Append(fixture._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => fixture.Append(fixture._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return fixture;
    }

    public static async Task<RunResult> RunAsync(AppBuild app, TestDatabase? database, params string[] arguments)
    {
        using var process = Start(app, database, arguments);
        return await process.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public string OutputSoFar
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString() + _stderr;
            }
        }
    }

    public async Task<RunResult> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{_command}` did not finish within {timeout}.\n{OutputSoFar}");
        }

        // The parameterless wait drains the redirected output after exit.
        _process.WaitForExit();
        lock (_stdout)
        {
            return new RunResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString(), _command);
        }
    }

    /// <summary>SIGKILL: no finally blocks, no disposal, no lock release by the process itself.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            target.AppendLine(line);
        }
    }
}
