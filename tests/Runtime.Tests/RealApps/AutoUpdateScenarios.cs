using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.RealApps;

/// <summary>
/// <c>auto_update:</c> with rows in two tables that refer to each other: an UPDATE refreshes the timestamp, a rebuild
/// and a rename keep the trigger working, switching it off and rolling back restore it, rows and keys never change, and
/// the live database (triggers included) has exactly the shape the build expects.
/// </summary>
public abstract class AutoUpdateScenarios
{
    private const string Author = """
        name: Author
        table: authors
        fields:
          id:       { type: integer, primary: true }
          favorite: { type: ref, target: Post, on_delete: set_null }
        """;

    private const string Keys = "SELECT 'p' || p.id || ':' || COALESCE(CAST(p.author_id AS TEXT), '-') || ':' || p.title FROM posts p "
        + "UNION ALL SELECT 'a' || a.id || ':' || COALESCE(CAST(a.favorite_id AS TEXT), '-') FROM authors a ORDER BY 1";

    private static string Post(string stamp, int titleLength = 40) => $$"""
        name: Post
        table: posts
        fields:
          id:     { type: integer, primary: true }
          author: { type: ref, target: Author, on_delete: cascade }
          title:  { type: string, max_length: {{titleLength}}, required: true }
        {{stamp}}
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>The post with an auto_update stamp and a text <c>summary</c>, its <paramref name="options"/> after <c>max_length</c>.</summary>
    private protected static string PostWithSummary(string options) =>
        Post("  updated_at: { type: datetime, auto_update: true }\n  summary: { type: string, max_length: 40" + options + " }");

    /// <summary>An app at its first migration of the author and a <see cref="PostWithSummary"/> post, with author 1 and then <paramref name="posts"/> inserted.</summary>
    private protected async Task<AppUnderTest> StartWithPostsAsync(string summaryOptions, params string[] posts)
    {
        var app = new AppUnderTest(await CreateDatabaseAsync());
        try
        {
            app.WithSchema("author.yaml", Author).WithSchema("post.yaml", PostWithSummary(summaryOptions));
            await app.StartAsync();
            await app.Database.ExecuteAsync("INSERT INTO authors (id) VALUES (1)");
            foreach (var post in posts)
            {
                await app.Database.ExecuteAsync(post);
            }

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task An_auto_update_timestamp_stays_current_through_changes_up_and_down()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("author.yaml", Author).WithSchema("post.yaml", Post("  updated_at: { type: datetime, auto_update: true }"));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO authors (id) VALUES (1)");
        await app.Database.ExecuteAsync("INSERT INTO posts (id, author_id, title, updated_at) VALUES (10, 1, 'a', '2000-01-01 00:00:00')");
        await app.Database.ExecuteAsync("UPDATE authors SET favorite_id = 10 WHERE id = 1");
        var keys = await app.Database.ColumnValuesAsync(Keys);
        await AssertRefreshesAsync(app, "updated_at");
        await AssertShapeAsync(app);

        await StepAsync(app, Post("  updated_at: { type: datetime, auto_update: true }", titleLength: 80), "widen title");
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await AssertRefreshesAsync(app, "updated_at");

        await StepAsync(app, Post("  changed_at: { type: datetime, auto_update: true, renamed_from: updated_at }", titleLength: 80), "rename stamp");
        await AssertRefreshesAsync(app, "changed_at");

        await StepAsync(app, Post("  changed_at: { type: datetime }", titleLength: 80), "switch off");
        await app.Database.ExecuteAsync("UPDATE posts SET changed_at = '2000-01-01 00:00:00' WHERE id = 10");
        await app.Database.ExecuteAsync("UPDATE posts SET title = 'b' WHERE id = 10");
        Assert.Equal(["2000"], await app.Database.ColumnValuesAsync("SELECT SUBSTR(CAST(changed_at AS TEXT), 1, 4) FROM posts WHERE id = 10"));

        for (var i = 0; i < 3; i++)
        {
            (await app.MigrateAsync("down")).ShouldSucceed();
        }

        await AssertRefreshesAsync(app, "updated_at");
        Assert.Equal(["tg_posts_updated_at_auto_update"], (await LiveAsync(app)).Table("posts")!.Triggers);
        await app.Database.ExecuteAsync("UPDATE posts SET title = 'a' WHERE id = 10");
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.AssertRejectedAsync("INSERT INTO posts (id, author_id, title) VALUES (11, 999, 'x')", "a broken reference");
    }

    /// <summary>
    /// The UPDATE a migration runs to fill NULLs before a column becomes required is the migration's, not an edit of
    /// the rows: their stamps stay as they were, and the trigger still works after it.
    /// </summary>
    [Fact]
    public async Task A_backfill_leaves_the_auto_update_timestamps_as_they_were()
    {
        await using var app = await StartWithPostsAsync(
            string.Empty,
            "INSERT INTO posts (id, author_id, title, updated_at) VALUES (10, 1, 'a', '2000-01-01 00:00:00')",
            "INSERT INTO posts (id, author_id, title, summary, updated_at) VALUES (11, 1, 'b', 'kept', '2001-01-01 00:00:00')");
        const string Rows = "SELECT p.id || ':' || COALESCE(p.summary, '-') || ':' || SUBSTR(CAST(p.updated_at AS TEXT), 1, 10) FROM posts p ORDER BY p.id";

        await StepAsync(app, PostWithSummary(", required: true, default: none"), "summary required");
        Assert.Equal(["10:none:2000-01-01", "11:kept:2001-01-01"], await app.Database.ColumnValuesAsync(Rows));
        await AssertRefreshesAsync(app, "updated_at");

        (await app.MigrateAsync("down")).ShouldSucceed();
        await app.Database.ExecuteAsync("UPDATE posts SET summary = NULL, updated_at = '2002-01-01 00:00:00' WHERE id = 10");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Equal(["10:none:2002-01-01", "11:kept:2001-01-01"], await app.Database.ColumnValuesAsync(Rows));
        await AssertRefreshesAsync(app, "updated_at");
    }

    /// <summary>An UPDATE that leaves the stamp alone moves it to now; one that sets it keeps what it set.</summary>
    private static async Task AssertRefreshesAsync(AppUnderTest app, string column)
    {
        await app.Database.ExecuteAsync($"UPDATE posts SET {column} = '2000-01-01 00:00:00' WHERE id = 10");
        await app.Database.ExecuteAsync("UPDATE posts SET title = title WHERE id = 10");
        Assert.Equal(["after"], await app.Database.ColumnValuesAsync($"SELECT CASE WHEN CAST({column} AS TEXT) > '2020' THEN 'after' ELSE CAST({column} AS TEXT) END FROM posts WHERE id = 10"));
        await app.Database.ExecuteAsync($"UPDATE posts SET {column} = '2001-01-01 00:00:00' WHERE id = 10");
        Assert.Equal(["2001"], await app.Database.ColumnValuesAsync($"SELECT SUBSTR(CAST({column} AS TEXT), 1, 4) FROM posts WHERE id = 10"));
    }

    private static async Task StepAsync(AppUnderTest app, string post, string message)
    {
        app.WithSchema("post.yaml", post);
        app.Rebuild();
        await app.GenerateAsync(message);
        (await app.MigrateAsync("up")).ShouldSucceed();
        await AssertShapeAsync(app);
    }

    private static DatabaseProvider Provider(AppUnderTest app) => app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    private static Task<DatabaseShape> LiveAsync(AppUnderTest app) => LiveShape.ReadAsync(app);

    /// <summary>At the head: the live shape is the build's, its trigger among it.</summary>
    private static async Task AssertShapeAsync(AppUnderTest app)
    {
        var live = await LiveAsync(app);
        var expected = ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, Provider(app));
        Assert.Empty(ShapeComparison.Differences(expected, live));
        Assert.Equal(expected.Table("posts")!.Triggers, live.Table("posts")!.Triggers);
        Assert.DoesNotContain(live.Outside, o => o.Name.Contains("auto_update", StringComparison.Ordinal));
    }
}

public sealed class SqliteAutoUpdateTests : AutoUpdateScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresAutoUpdateTests : AutoUpdateScenarios
{
    /// <summary>
    /// The backfill turns the trigger off only around its UPDATE, in one statement text: in a <c>transaction: false</c>
    /// migration whose backfill fails (two rows would get the same value of a unique column), the trigger is still on afterwards.
    /// </summary>
    [Fact]
    public async Task A_failed_backfill_in_a_migration_without_a_transaction_leaves_the_trigger_on()
    {
        await using var app = await StartWithPostsAsync(
            ", unique: true",
            "INSERT INTO posts (id, author_id, title, updated_at) VALUES (10, 1, 'a', '2000-01-01 00:00:00'), (11, 1, 'b', '2000-01-01 00:00:00')");
        app.WithSchema("post.yaml", PostWithSummary(", unique: true, required: true, default: none"));
        app.Rebuild();
        var change = await app.GenerateAsync("summary required");
        var text = change.Text;
        Assert.Contains("backfill: none", text, StringComparison.Ordinal);
        File.WriteAllText(change.Path, text.Replace("description:", "transaction: false\ndescription:", StringComparison.Ordinal));
        app.Rebuild();

        var failed = await app.MigrateAsync("up");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("duplicate key", failed.Output, StringComparison.Ordinal);
        Assert.Equal(["O"], await app.Database.ColumnValuesAsync("SELECT CAST(tgenabled AS TEXT) FROM pg_trigger WHERE tgname = 'tg_posts_updated_at_auto_update'"));
        await app.Database.ExecuteAsync("UPDATE posts SET title = 'b' WHERE id = 10");
        Assert.Equal(["after"], await app.Database.ColumnValuesAsync("SELECT CASE WHEN updated_at > '2020-01-01' THEN 'after' ELSE CAST(updated_at AS TEXT) END FROM posts WHERE id = 10"));
    }

    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
