using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// A brand-new console app made by `dotnet new console` outside the repository, referencing the package from the
/// local feed the way a user would, with one schema file and the Program.cs the caller makes of the template's.
/// </summary>
internal sealed class ConsumerApp : IDisposable
{
    public const string Name = "ConsumerApp";

    private readonly TempDirectory _dir = new("consumer");

    public string Folder => Path.Combine(_dir.Path, Name);

    public string MigrationsFolder => Path.Combine(Folder, "migrations");

    /// <summary>The embedded SQLite file the runtime uses when no connection is configured.</summary>
    public string DefaultDatabase => Path.Combine(Folder, "app.db");

    private string Dll => Path.Combine(Folder, "bin", "Debug", "net10.0", Name + ".dll");

    /// <param name="program">Turns the template's Program.cs into the app's.</param>
    public static async Task<ConsumerApp> CreateAsync(PackedFeed feed, Func<string, string> program)
    {
        var app = new ConsumerApp();
        (await app.DotnetAsync(app._dir.Path, "new", "console", "-n", Name, "-o", app.Folder, "--framework", "net10.0")).EnsureSuccess();

        // The local feed next to the sources the machine already uses, so the package's own dependencies resolve.
        await File.WriteAllTextAsync(Path.Combine(app.Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="backend-in-a-box-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        Directory.CreateDirectory(Path.Combine(app.Folder, "schema"));
        await File.WriteAllTextAsync(Path.Combine(app.Folder, "schema", "product.yaml"), """
            name: Product
            description: Something the shop sells.
            fields:
              id:          { type: bigint, primary: true }
              sku:         { type: string, required: true, max_length: 40, unique: true }
              price:       { type: decimal, precision: 10, scale: 2, required: true, default: 0 }
              status:      { type: enum, values: [draft, active], required: true, default: draft }
              released_on: { type: date }
              in_stock:    { type: boolean, required: true, default: true }
              notes:       { type: text }
            """);
        var programFile = Path.Combine(app.Folder, "Program.cs");
        await File.WriteAllTextAsync(programFile, program(await File.ReadAllTextAsync(programFile)));
        // Compiles only if the generated entity has these properties with exactly these types.
        await File.WriteAllTextAsync(Path.Combine(app.Folder, "EntityUse.cs"), """
            namespace ConsumerApp;

            internal static class EntityUse
            {
                internal static Product Make() => new()
                {
                    Id = 1L,
                    Sku = "x",
                    Price = 1.5m,
                    ReleasedOn = new DateOnly(2026, 1, 1),
                    InStock = true,
                    Notes = null,
                };

                internal static (long Id, string Sku, decimal Price, DateOnly? ReleasedOn, bool InStock, string? Notes, System.Enum Status) Read(Product p) =>
                    (p.Id, p.Sku, p.Price, p.ReleasedOn, p.InStock, p.Notes, p.Status);

                internal static string Table => Product.TableName;
            }
            """);

        (await app.DotnetAsync(app.Folder, "add", "package", "BackendInABox", "--version", feed.Version)).EnsureSuccess();
        return app;
    }

    /// <summary>`dotnet build` of the app as it is now (after a migration file is added, the next build compiles it).</summary>
    public Task<ProcessResult> BuildAsync() => DotnetAsync(Folder, "build", "--no-restore");

    /// <summary>`dotnet run -- ...` in the app's folder, as the README tells a user to run it.</summary>
    public Task<ProcessResult> DotnetRunAsync(params string[] arguments) => DotnetAsync(Folder, ["run", "--", .. arguments]);

    /// <summary>The built app, run as `dotnet ConsumerApp.dll migrate ...` from its folder.</summary>
    public Task<ProcessResult> MigrateAsync(params string[] arguments) =>
        DotnetAsync(Folder, [Dll, "migrate", .. arguments]);

    /// <summary>`dotnet publish -o <paramref name="output"/>`: the app as it is deployed, outside its project folder.</summary>
    public Task<ProcessResult> PublishAsync(string output) => DotnetAsync(Folder, "publish", "--no-restore", "-o", output);

    /// <summary>A published copy run as `dotnet ConsumerApp.dll migrate ...` from an unrelated working directory.</summary>
    public static Task<ProcessResult> MigratePublishedAsync(string folder, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", [Path.Combine(folder, Name + ".dll"), "migrate", .. arguments], Path.GetTempPath(), TimeSpan.FromMinutes(5));

    public void Dispose() => _dir.Dispose();

    /// <summary>`dotnet ...` in the app's folder.</summary>
    public Task<ProcessResult> DotnetInFolderAsync(params string[] arguments) => DotnetAsync(Folder, arguments);

    private Task<ProcessResult> DotnetAsync(string workingDirectory, params string[] arguments) =>
        RunningProcess.RunAsync("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5));
}
