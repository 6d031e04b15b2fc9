using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.SampleApp;

/// <summary>The built SampleApp, run as `dotnet SampleApp.dll ...` with the database given through the environment.</summary>
internal static class SampleAppRun
{
    /// <summary>The SampleApp build output the test project copies beside the tests.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "sample-app", "SampleApp.dll");

    public static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", [Dll, .. arguments], Path.GetDirectoryName(Dll)!, TimeSpan.FromMinutes(2), environment);

    public static Dictionary<string, string?> Sqlite(string path) => new() { ["ConnectionStrings__Default"] = $"Data Source={path}" };

    public static Dictionary<string, string?> Postgres(PostgresDatabase database) => new() { ["DATABASE_URL"] = database.Url };

    /// <summary>Asserts the rows the app upserts and lists are all printed, each exactly once.</summary>
    public static void AssertPrintedRows(string output)
    {
        string[] expected =
        [
            "Teams:",
            "  Platform",
            "Users:",
            "  ada@example.com | Ada Lovelace | member | team Platform",
            "  grace@example.com | Grace Hopper | member | team Platform",
            "Products:",
            "  BOX-1 | Backend in a Box | 19.99 | draft | team Platform",
        ];
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf("Teams:");
        Assert.True(start >= 0 && lines.Skip(start).Take(expected.Length).SequenceEqual(expected), $"expected the rows\n{string.Join('\n', expected)}\nin the output:\n{output}");
    }
}
