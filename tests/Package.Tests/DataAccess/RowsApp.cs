using System.Xml.Linq;
using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.DataAccess;

/// <summary>
/// A fresh console app over the schema of every field type (tests/Package.Tests/RowsSchema), with the package and the
/// data-access libraries a test names added as a user adds them, and its initial migration made by `migrate init`.
/// Its Program.cs runs `migrate ...` through the package and anything else through the test's own code.
/// </summary>
internal sealed class RowsApp : IDisposable
{
    public const string Name = "RowsApp";

    private readonly TempDirectory _dir = new("rows");

    public string Folder => Path.Combine(_dir.Path, Name);

    private string Dll => Path.Combine(Folder, "bin", "Debug", "net10.0", Name + ".dll");

    /// <param name="packages">The libraries the app installs besides the package (name, version).</param>
    /// <param name="files">The app's own C# files (name, text) beside Program.cs.</param>
    /// <param name="run">What Program.cs runs for arguments other than `migrate ...`: the body of an async method of <c>string[] args</c> returning an exit code.</param>
    /// <param name="usings">The namespaces <paramref name="run"/> uses beyond the template's implicit ones.</param>
    public static async Task<RowsApp> CreateAsync(PackedFeed feed, IEnumerable<(string Name, string Version)> packages, IEnumerable<(string Name, string Text)> files, string run, params string[] usings)
    {
        var app = new RowsApp();
        (await app.DotnetAsync(app._dir.Path, "new", "console", "-n", Name, "-o", app.Folder, "--framework", "net10.0")).EnsureSuccess();
        await File.WriteAllTextAsync(Path.Combine(app.Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="backend-in-a-box-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        Directory.CreateDirectory(Path.Combine(app.Folder, "schema"));
        foreach (var schema in Directory.GetFiles(Repository.PathOf("tests", "Package.Tests", "RowsSchema"), "*.yaml"))
        {
            File.Copy(schema, Path.Combine(app.Folder, "schema", Path.GetFileName(schema)));
        }

        await File.WriteAllTextAsync(Path.Combine(app.Folder, "Program.cs"), $$"""
            if (args is ["migrate", ..]) return await BackendInABox.MigrationHost.RunAsync(args);
            return await RowsApp.Scenario.RunAsync(args);
            """);
        await File.WriteAllTextAsync(Path.Combine(app.Folder, "Scenario.cs"), $$"""
            {{string.Concat(usings.Select(u => $"using {u};\n"))}}
            namespace RowsApp;

            internal static class Scenario
            {
                internal static async Task<int> RunAsync(string[] args)
                {
                    {{run}}
                }
            }
            """);
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(app.Folder, name), text);
        }

        (await app.DotnetAsync(app.Folder, "add", "package", "BackendInABox", "--version", feed.Version)).EnsureSuccess();
        foreach (var (name, version) in packages)
        {
            (await app.DotnetAsync(app.Folder, "add", "package", name, "--version", version)).EnsureSuccess();
        }

        (await app.DotnetAsync(app.Folder, "build")).EnsureSuccess();
        var scratch = Path.Combine(app.Folder, "obj", "init-scratch.db");
        (await app.RunAsync(["migrate", "init", "--connection", $"Data Source={scratch}"])).EnsureSuccess();
        (await app.DotnetAsync(app.Folder, "build", "--no-restore")).EnsureSuccess();
        return app;
    }

    /// <summary>The version of a package Directory.Packages.props lists, so the apps use what the repository pins.</summary>
    public static string RepositoryVersion(string package) =>
        XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

    /// <summary>The built app, run as `dotnet RowsApp.dll ...` from its folder, with the process environment given.</summary>
    public Task<ProcessResult> RunAsync(string[] arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        RunningProcess.RunAsync("dotnet", [Dll, .. arguments], Folder, TimeSpan.FromMinutes(5), environment);

    public void Dispose() => _dir.Dispose();

    private Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5));
}
