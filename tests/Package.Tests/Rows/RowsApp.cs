using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Rows;

/// <summary>
/// A fresh console app referencing the packed package and the data-access libraries, with the schema of every field
/// type and the scenario of Rows/App (the only mapping in it is the one registration call per library), built with
/// the initial migration `migrate init` writes.
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
        (await app.DotnetAsync(app.Folder, "add", "package", "Dapper", "--version", "2.1.86")).EnsureSuccess();
        (await app.DotnetAsync(app.Folder, "build", "--no-restore")).EnsureSuccess();
        (await app.MigrateAsync("init", "--connection", $"Data Source={Path.Combine(app.Folder, "obj", "init-scratch.db")}")).EnsureSuccess();
        (await app.DotnetAsync(app.Folder, "build", "--no-restore")).EnsureSuccess();
        return app;
    }

    public Task<ProcessResult> MigrateAsync(params string[] arguments) => DotnetAsync(Folder, [Dll, "migrate", .. arguments]);

    /// <summary>The scenario on <paramref name="dialect"/> (postgres or sqlite): every library writes, every library reads.</summary>
    public Task<ProcessResult> RunRowsAsync(string dialect, string connectionString) => DotnetAsync(Folder, Dll, "rows", dialect, connectionString);

    public void Dispose() => _dir.Dispose();

    private Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5));
}
