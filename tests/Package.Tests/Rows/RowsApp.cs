using System.Xml.Linq;
using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Rows;

/// <summary>
/// A fresh console app referencing the packed package and the data-access libraries (Dapper and both EF Core
/// providers, at the versions the repository pins), with the schema of every field type and the scenario of Rows/App
/// (the only mapping in it is the one registration call per library), built once with the initial migration
/// `migrate init` writes; every dialect and library runs in this one build.
/// </summary>
internal sealed class RowsApp : IDisposable
{
    public const string Name = "RowsApp";

    private readonly TempDirectory _dir = new("rows");

    private string Folder => Path.Combine(_dir.Path, Name);

    private string Dll => Path.Combine(Folder, "bin", "Debug", "net10.0", Name + ".dll");

    public static async Task<RowsApp> CreateAsync(PackedFeed feed)
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
        var source = Repository.PathOf("tests", "Package.Tests", "Rows", "App");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(app.Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        (await app.DotnetAsync(app.Folder, "add", "package", "BackendInABox", "--version", feed.Version)).EnsureSuccess();
        foreach (var library in Libraries)
        {
            (await app.DotnetAsync(app.Folder, "add", "package", library, "--version", RepositoryVersion(library))).EnsureSuccess();
        }

        (await app.DotnetAsync(app.Folder, "build", "--no-restore")).EnsureSuccess();
        (await app.MigrateAsync("init", "--connection", $"Data Source={Path.Combine(app.Folder, "obj", "init-scratch.db")}")).EnsureSuccess();
        (await app.DotnetAsync(app.Folder, "build", "--no-restore")).EnsureSuccess();
        return app;
    }

    public Task<ProcessResult> MigrateAsync(params string[] arguments) => DotnetAsync(Folder, [Dll, "migrate", .. arguments]);

    /// <summary>The scenario on <paramref name="dialect"/> (postgres or sqlite): every library writes, every library reads.</summary>
    /// <remarks>The process runs in <paramref name="zone"/>, so a value read through the machine's zone would move.</remarks>
    public Task<ProcessResult> RunRowsAsync(string dialect, string connectionString, string zone) =>
        RunningProcess.RunAsync("dotnet", [Dll, "rows", dialect, connectionString], Folder, TimeSpan.FromMinutes(5), new Dictionary<string, string?> { ["TZ"] = zone });

    public void Dispose() => _dir.Dispose();

    private static readonly string[] Libraries = ["Dapper", "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL"];

    /// <summary>The version of a package Directory.Packages.props lists, so the app uses what the repository pins.</summary>
    private static string RepositoryVersion(string package) =>
        XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

    private Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5));
}
