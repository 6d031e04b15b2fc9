using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Rows;

/// <summary>The README's "Reading and writing rows" Program.cs, taken from the README, run in a fresh app with Dapper added: it prints what the README says.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class ReadmeRowsTests(ConsumerFixture fixture)
{
    [Fact]
    public async Task The_READMEs_rows_program_prints_the_READMEs_output_on_SQLite()
    {
        var lines = await File.ReadAllLinesAsync(Repository.PathOf("README.md"));
        var program = Block(lines, "`Program.cs` reading and writing rows");
        var output = Block(lines, "After `dotnet run -- migrate init`, `dotnet build` and `dotnet run -- migrate up`, `dotnet run` prints");
        using var app = await ConsumerApp.CreateAsync(await fixture.FeedAsync(), _ => program);
        (await app.DotnetInFolderAsync("add", "package", "Dapper", "--version", "2.1.86")).EnsureSuccess();

        (await app.DotnetInFolderAsync("build")).EnsureSuccess();
        (await app.DotnetRunAsync("migrate", "init")).EnsureSuccess();
        (await app.DotnetInFolderAsync("build")).EnsureSuccess();
        (await app.DotnetRunAsync("migrate", "up")).EnsureSuccess();
        var run = (await app.DotnetRunAsync()).EnsureSuccess();

        Assert.Equal(output.Split('\n'), run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
    }

    /// <summary>The fenced block after the first line that starts with <paramref name="heading"/>.</summary>
    private static string Block(string[] lines, string heading)
    {
        var at = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(at >= 0, $"README.md has no line starting with {heading}");
        var open = Array.FindIndex(lines, at + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return string.Join("\n", lines[(open + 1)..close]);
    }
}
