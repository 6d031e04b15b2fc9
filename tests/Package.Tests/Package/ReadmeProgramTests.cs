using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// The README's "Using the package in your own app", step by step: its Program.cs line, taken from the README itself,
/// pasted as the first line of the Program.cs `dotnet new console` writes (the template's own lines kept), then the
/// README's build and migrate commands on the default SQLite file.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ReadmeProgramTests(ConsumerFixture fixture)
{
    private const string SnippetHeading = "First line of `Program.cs`";

    [Fact]
    public async Task The_package_readme_gives_the_same_Program_cs_line_as_the_README()
    {
        Assert.Equal(
            await SnippetAsync(Repository.PathOf("README.md"), SnippetHeading),
            await SnippetAsync(Repository.PathOf("docs", "package-readme.md"), "`Program.cs` (first line"));
    }

    [Fact]
    public async Task The_READMEs_Program_cs_line_pasted_into_the_console_template_builds_and_migrates_SQLite()
    {
        var snippet = await SnippetAsync(Repository.PathOf("README.md"), SnippetHeading);
        using var app = await ConsumerApp.CreateAsync(await fixture.FeedAsync(), template => snippet + "\n" + template);

        (await app.DotnetInFolderAsync("build")).EnsureSuccess();
        (await app.DotnetRunAsync("migrate", "init")).EnsureSuccess();
        (await app.DotnetInFolderAsync("build")).EnsureSuccess();
        var up = (await app.DotnetRunAsync("migrate", "up")).EnsureSuccess();

        Assert.Contains("applied", up.Output);
        Assert.Contains("products", SqliteFile.Tables(app.DefaultDatabase));
        Assert.Contains("Hello, World!", (await app.DotnetRunAsync()).EnsureSuccess().Output);
        Assert.Equal(2, (await app.DotnetRunAsync("migrate", "no-such-command")).ExitCode);
    }

    [Fact]
    public async Task A_strict_project_on_CSharp_10_with_the_READMEs_older_line_builds_with_its_pending_change_warned()
    {
        var snippet = await SnippetAsync(Repository.PathOf("README.md"), "A project that pins `<LangVersion>`");
        using var app = await ConsumerApp.CreateAsync(await fixture.FeedAsync(), template => snippet + "\n" + template);
        var project = Path.Combine(app.Folder, ConsumerApp.Name + ".csproj");
        await File.WriteAllTextAsync(project, (await File.ReadAllTextAsync(project)).Replace(
            "</PropertyGroup>",
            "<LangVersion>10</LangVersion><GenerateDocumentationFile>true</GenerateDocumentationFile><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>",
            StringComparison.Ordinal));

        foreach (var build in new[] { await app.DotnetInFolderAsync("build"), await app.DotnetInFolderAsync("build", "--no-incremental", "-warnaserror") })
        {
            build.EnsureSuccess();
            Assert.Contains("warning BIAB200", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("warning CS", build.Output, StringComparison.Ordinal);
        }

        (await app.DotnetRunAsync("migrate", "init")).EnsureSuccess();
        (await app.DotnetInFolderAsync("build", "-warnaserror")).EnsureSuccess();
        Assert.Contains("applied", (await app.DotnetRunAsync("migrate", "up")).EnsureSuccess().Output);
    }

    /// <summary>The fenced block that follows the line starting with <paramref name="heading"/>.</summary>
    private static async Task<string> SnippetAsync(string markdown, string heading)
    {
        var lines = await File.ReadAllLinesAsync(markdown);
        var at = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(at >= 0, $"{markdown} has no line starting with {heading}");
        var open = Array.FindIndex(lines, at + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return string.Join("\n", lines[(open + 1)..close]);
    }
}
