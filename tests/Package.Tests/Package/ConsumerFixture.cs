using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// One pack, one consumer app, shared by the package tests. Each stage runs once, when the first test needs it, so
/// a failure shows in the tests that depend on that stage (and the layout test needs only the pack).
/// </summary>
public sealed class ConsumerFixture : IDisposable
{
    private readonly Lazy<Task<PackedFeed>> _feed;
    private readonly Lazy<Task<ConsumerApp>> _app;
    private readonly Lazy<Task<ProcessResult>> _firstBuild;
    private readonly Lazy<Task<ConsumerApp>> _initialized;

    public ConsumerFixture()
    {
        _feed = new(PackedFeed.PackAsync);
        _app = new(async () => await ConsumerApp.CreateAsync(await _feed.Value, _ => """
            if (args is ["migrate", ..]) return await BackendInABox.MigrationHost.RunAsync(args);
            Console.WriteLine("consumer app");
            return 0;
            """));
        _firstBuild = new(async () => await (await _app.Value).BuildAsync());
        _initialized = new(InitializeAsync);
    }

    internal Task<PackedFeed> FeedAsync() => _feed.Value;

    /// <summary>The app with the package added, not yet built.</summary>
    internal Task<ConsumerApp> AppAsync() => _app.Value;

    /// <summary>The first `dotnet build` of the app: schema, no migrations yet.</summary>
    internal Task<ProcessResult> FirstBuildAsync() => _firstBuild.Value;

    /// <summary>
    /// The app after the new-user flow: build, `migrate init` (no migration yet, so it writes the initial one from
    /// the schema), rebuild so that migration is compiled in. Its default SQLite database is left untouched.
    /// </summary>
    internal Task<ConsumerApp> InitializedAsync() => _initialized.Value;

    public void Dispose()
    {
        if (_app.IsValueCreated && _app.Value.IsCompletedSuccessfully)
        {
            _app.Value.Result.Dispose();
        }

        if (_feed.IsValueCreated && _feed.Value.IsCompletedSuccessfully)
        {
            _feed.Value.Result.Dispose();
        }
    }

    private async Task<ConsumerApp> InitializeAsync()
    {
        var app = await AppAsync();
        (await FirstBuildAsync()).EnsureSuccess();
        var scratch = Path.Combine(app.Folder, "obj", "init-scratch.db");
        (await app.MigrateAsync("init", "--connection", $"Data Source={scratch}")).EnsureSuccess();
        if (!Directory.Exists(app.MigrationsFolder) || Directory.GetFiles(app.MigrationsFolder, "*.yaml").Length != 1)
        {
            throw new InvalidOperationException($"`migrate init` on an app without migrations should write exactly one initial migration into {app.MigrationsFolder}.");
        }

        (await app.BuildAsync()).EnsureSuccess();
        return app;
    }
}
