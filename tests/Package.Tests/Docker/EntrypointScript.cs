using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Docker;

/// <summary>Runs docker/entrypoint.sh outside a container, with the app command pointed wherever the test wants.</summary>
internal static class EntrypointScript
{
    /// <summary>The log lines the entrypoint must print, in this order, on a successful start.</summary>
    public static readonly string[] Sequence =
        ["starting", "waiting for database", "database is ready", "running migrations", "migrations applied", "starting application"];

    public static RunningProcess Start(string app, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var all = new Dictionary<string, string?>(environment) { ["BIAB_APP"] = app };
        return RunningProcess.Start("sh", [Repository.PathOf("docker", "entrypoint.sh"), .. arguments], workingDirectory, all);
    }

    /// <summary>The entrypoint's own log messages ("... [entrypoint] message"), without the app's output.</summary>
    public static IReadOnlyList<string> LogMessages(string output) =>
        [.. output.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Contains("[entrypoint] ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("[entrypoint] ", StringComparison.Ordinal) + "[entrypoint] ".Length)..])];

    /// <summary>Asserts the entrypoint logged <paramref name="expected"/> as the starts of its messages, in order.</summary>
    public static void AssertLogged(string output, IReadOnlyList<string> expected)
    {
        var messages = LogMessages(output);
        Assert.True(
            messages.Count == expected.Count && messages.Zip(expected).All(p => p.First.StartsWith(p.Second, StringComparison.Ordinal)),
            $"expected the entrypoint to log [{string.Join(", ", expected)}] in order, it logged:\n{string.Join('\n', messages)}\nfull output:\n{output}");
    }
}
