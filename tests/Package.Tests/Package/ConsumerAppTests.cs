using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>The package used by someone who is not us: a fresh console app, the schema, one line, build, migrate.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class ConsumerAppTests(ConsumerFixture fixture)
{
    private static readonly string[] ProductColumns = ["id", "sku", "price", "status", "released_on", "in_stock", "notes"];

    [Fact]
    public async Task A_fresh_app_builds_with_the_generated_entity_typed_as_the_schema_says()
    {
        // ConsumerApp.CreateAsync wrote EntityUse.cs, which compiles only with the right property types.
        var build = await fixture.FirstBuildAsync();

        Assert.True(build.ExitCode == 0, build.Describe());
    }

    [Fact]
    public async Task Init_up_status_and_down_on_the_default_embedded_SQLite_file()
    {
        var app = await fixture.InitializedAsync();
        var migration = Path.GetFileName(Assert.Single(Directory.GetFiles(app.MigrationsFolder, "*.yaml")));
        var id = migration.Split('_')[0];

        (await app.MigrateAsync("init")).EnsureSuccess();
        Assert.True(File.Exists(app.DefaultDatabase), $"`migrate init` without a connection should create {app.DefaultDatabase}");
        Assert.Contains("products", SqliteFile.Tables(app.DefaultDatabase));
        Assert.Equal(ProductColumns, SqliteFile.Columns(app.DefaultDatabase, "products"));

        (await app.MigrateAsync("up")).EnsureSuccess();
        var status = (await app.MigrateAsync("status")).EnsureSuccess();
        Assert.Contains(id, status.Output);

        (await app.MigrateAsync("down")).EnsureSuccess();
        Assert.DoesNotContain("products", SqliteFile.Tables(app.DefaultDatabase));

        (await app.MigrateAsync("up")).EnsureSuccess();
        Assert.Contains("products", SqliteFile.Tables(app.DefaultDatabase));
    }

    [Fact]
    public async Task Init_up_status_and_down_on_PostgreSQL()
    {
        var app = await fixture.InitializedAsync();
        var id = Path.GetFileName(Assert.Single(Directory.GetFiles(app.MigrationsFolder, "*.yaml"))).Split('_')[0];
        await using var database = await PostgresServer.ReserveDatabaseAsync();

        (await app.MigrateAsync("init", "--connection", database.ConnectionString)).EnsureSuccess();
        Assert.Contains("products", await database.TablesAsync());
        Assert.Equal(ProductColumns, await database.ColumnsAsync("products"));

        (await app.MigrateAsync("up", "--connection", database.ConnectionString)).EnsureSuccess();
        var status = (await app.MigrateAsync("status", "--connection", database.ConnectionString)).EnsureSuccess();
        Assert.Contains(id, status.Output);
        Assert.DoesNotContain(new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Password!, status.Output);

        (await app.MigrateAsync("down", "--connection", database.ConnectionString)).EnsureSuccess();
        Assert.DoesNotContain("products", await database.TablesAsync());
    }

    [Fact]
    public async Task A_published_app_keeps_its_SQLite_file_beside_itself_not_in_the_project_folder()
    {
        var app = await fixture.InitializedAsync();
        using var deployed = new TempDirectory("published");
        (await app.PublishAsync(deployed.Path)).EnsureSuccess();
        var projectFile = File.Exists(app.DefaultDatabase) ? File.GetLastWriteTimeUtc(app.DefaultDatabase) : (DateTime?)null;

        var up = (await ConsumerApp.MigratePublishedAsync(deployed.Path, "up")).EnsureSuccess();
        Assert.Contains($"{deployed.File("app.db")} (beside the app)", up.Output, StringComparison.Ordinal);
        Assert.Contains("products", SqliteFile.Tables(deployed.File("app.db")));
        Assert.Equal(projectFile, File.Exists(app.DefaultDatabase) ? File.GetLastWriteTimeUtc(app.DefaultDatabase) : null);

        // A relative Data Source in the appsettings.json deployed with it is taken beside the app too.
        Directory.CreateDirectory(deployed.File("data"));
        File.WriteAllText(deployed.File("appsettings.json"), """{ "ConnectionStrings": { "Default": "Data Source=data/shop.db" } }""");
        (await ConsumerApp.MigratePublishedAsync(deployed.Path, "up")).EnsureSuccess();
        Assert.Contains("products", SqliteFile.Tables(Path.Combine(deployed.Path, "data", "shop.db")));
        Assert.False(File.Exists(Path.Combine(app.Folder, "data", "shop.db")));
    }
}
