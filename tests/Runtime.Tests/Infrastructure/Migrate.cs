namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>Runs `migrate ...` in this process through the public entry point, with the test app as the calling app.</summary>
internal static class Migrate
{
    /// <summary>
    /// An environment with no DATABASE_URL or ConnectionStrings__Default, so only what a test passes counts.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string?> CleanEnvironment = new Dictionary<string, string?>();

    public static Task<RunResult> RunAsync(AppBuild app, TestDatabase database, params string[] arguments) =>
        RunWithArgumentsAsync(app, [.. arguments, "--connection", database.ConnectionString]);

    /// <summary>A command that needs no database (generate, merge) or that passes its own connection arguments.</summary>
    public static async Task<RunResult> RunWithArgumentsAsync(
        AppBuild app, string[] arguments, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken ct = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var options = new MigrationHostOptions
        {
            AppAssembly = app.App,
            Output = output,
            Error = error,
            Environment = environment ?? CleanEnvironment,
        };

        string[] args = ["migrate", .. arguments];
        var exitCode = await MigrationHost.RunAsync(args, options, ct);
        return new RunResult(exitCode, output.ToString(), error.ToString(), "migrate " + Describe(arguments));
    }

    /// <summary>The command line for failure messages, with connection strings left out (they hold the password).</summary>
    internal static string Describe(IEnumerable<string> arguments)
    {
        var shown = new List<string>();
        var skipNext = false;
        foreach (var argument in arguments)
        {
            if (skipNext)
            {
                shown.Add("<connection>");
                skipNext = false;
                continue;
            }

            skipNext = argument == "--connection";
            shown.Add(argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument);
        }

        return string.Join(" ", shown);
    }
}
