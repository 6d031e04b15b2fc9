using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Layouts;

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
    private readonly Lazy<Task<ShopSolution>> _shop;
    private readonly Lazy<Task<ProcessResult>> _shopFirstBuild;
    private readonly Lazy<Task<(ShopSolution Shop, string Id)>> _shopGenerated;
    private readonly Lazy<Task<Rows.RowsApp>> _rows;

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
        _shop = new(async () => await ShopSolution.CreateAsync(await _feed.Value));
        _shopFirstBuild = new(async () => await (await _shop.Value).BuildAsync());
        _shopGenerated = new(GenerateShopAsync);
        _rows = new(async () => await Rows.RowsApp.CreateAsync(await _feed.Value));
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

    /// <summary>The class library + web API + worker + tests solution, restored, not yet built.</summary>
    internal Task<ShopSolution> ShopAsync() => _shop.Value;

    /// <summary>Its first build: the library's schema, no migration yet.</summary>
    internal Task<ProcessResult> ShopFirstBuildAsync() => _shopFirstBuild.Value;

    /// <summary>The solution after `migrate generate "initial"` from the API and a rebuild, with the migration's id; no database touched.</summary>
    internal Task<(ShopSolution Shop, string Id)> ShopGeneratedAsync() => _shopGenerated.Value;

    /// <summary>The app of the rows matrix, built with its initial migration; no database touched.</summary>
    internal Task<Rows.RowsApp> RowsAppAsync() => _rows.Value;

    public void Dispose()
    {
        if (_rows.IsValueCreated && _rows.Value.IsCompletedSuccessfully)
        {
            _rows.Value.Result.Dispose();
        }

        if (_shop.IsValueCreated && _shop.Value.IsCompletedSuccessfully)
        {
            _shop.Value.Result.Dispose();
        }

        if (_app.IsValueCreated && _app.Value.IsCompletedSuccessfully)
        {
            _app.Value.Result.Dispose();
        }

        if (_feed.IsValueCreated && _feed.Value.IsCompletedSuccessfully)
        {
            _feed.Value.Result.Dispose();
        }
    }

    private async Task<(ShopSolution, string)> GenerateShopAsync()
    {
        var shop = await ShopAsync();
        (await ShopFirstBuildAsync()).EnsureSuccess();
        (await shop.RunApiAsync(null, "migrate", "generate", "initial")).EnsureSuccess();
        (await shop.BuildAsync()).EnsureSuccess();
        var migration = Directory.GetFiles(Path.Combine(shop.Data, "migrations"), "*.yaml").Single();
        return (shop, Path.GetFileName(migration).Split('_')[0]);
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
