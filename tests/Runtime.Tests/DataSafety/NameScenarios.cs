using BackendInABox.Introspection;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary>
/// Tables with the names a real schema has (spaces, camelCase, reserved words, quotes, Unicode, written key names)
/// that refer to each other, taken up and down with rows through a rename, a table rebuild and a drop: every row and
/// key survives, the live catalog matches the build's expected shape (on PostgreSQL with the key names), and
/// `migrate script` and `migrate status` handle the names (format placeholders among them, which must stay text).
/// </summary>
public abstract class NameScenarios
{
    private const string Playlist = """
        name: Playlist
        table: "Play Lists"
        fields:
          id:       { type: integer, primary: true, column: PlaylistId }
          name:     { type: string, max_length: 120, required: true, column: "it's [the] name */ --" }
          order:    { type: integer, column: order }
          kind:     { type: enum, values: [mixed, single], default: mixed, column: "Kind Of" }
          featured: { type: ref, target: Track, on_delete: set_null, fk_name: "Featured → Track" }
          note:     { type: text }
        indexes:
          - { fields: [name], name: "IX Play Lists: name", unique: true }
        """;

    private const string Track = """
        name: Track
        table: PlaylistTrack
        fields:
          id:       { type: integer, primary: true, column: TrackId }
          playlist: { type: ref, target: Playlist, required: true, column: PlaylistId, on_delete: cascade, fk_name: "FK PlaylistTrack → Play Lists" }
          track:    { type: text, property: Title, column: "Titel ñ" }
          plays:    { type: integer, column: "plays {0} %s" }
        """;

    private const string Keys = """
        SELECT 'p' || "PlaylistId" || ':' || "it's [the] name */ --" || ':' || COALESCE("featured_id", 0) FROM "Play Lists"
        UNION ALL SELECT 't' || "TrackId" || ':' || "PlaylistId" || ':' || "Titel ñ" FROM "PlaylistTrack"
        ORDER BY 1
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Tables_with_any_names_go_up_and_down_with_their_rows_and_keys()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("playlist.yaml", Playlist).WithSchema("track.yaml", Track);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO \"Play Lists\" (\"PlaylistId\", \"it's [the] name */ --\", \"order\") VALUES (1, 'Mix', 3), (2, 'Solo', NULL)");
        await app.Database.ExecuteAsync("INSERT INTO \"PlaylistTrack\" (\"TrackId\", \"PlaylistId\", \"Titel ñ\", \"plays {0} %s\") VALUES (10, 1, 'Intro', 5), (11, 1, 'Outro', NULL), (20, 2, 'Alone', 1)");
        await app.Database.ExecuteAsync("UPDATE \"Play Lists\" SET \"featured_id\" = 11 WHERE \"PlaylistId\" = 1");
        var keys = await app.Database.ColumnValuesAsync(Keys);
        Assert.Empty(await DifferencesAsync(app));
        await app.Database.AssertRejectedAsync("INSERT INTO \"PlaylistTrack\" (\"TrackId\", \"PlaylistId\") VALUES (99, 999)", "a broken reference");
        await app.Database.AssertRejectedAsync("UPDATE \"Play Lists\" SET \"Kind Of\" = 'other'", "a value the enum CHECK does not allow");

        // A rename by column:, a column made required (a rebuild on SQLite), a dropped column, all on the referred-to table.
        app.WithSchema("playlist.yaml", Playlist
            .Replace("column: order }", "column: \"Order\", required: true, default: 0 }", StringComparison.Ordinal)
            .Replace("  note:     { type: text }\n", string.Empty, StringComparison.Ordinal)
            .Replace("fk_name: \"Featured → Track\" }", "fk_name: \"Featured → Track\", column: \"Featured Track\" }", StringComparison.Ordinal));
        app.Rebuild();
        var change = await app.GenerateAsync("names as in the old app");
        Assert.Contains("rename_column: { table: \"Play Lists\", column: order, to: Order }", change.Text, StringComparison.Ordinal);
        Assert.Contains("rename_column: { table: \"Play Lists\", column: featured_id, to: \"Featured Track\" }", change.Text, StringComparison.Ordinal);
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app));
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys.Replace("\"featured_id\"", "\"Featured Track\"", StringComparison.Ordinal)));
        Assert.Equal(["0", "3"], await app.Database.ColumnValuesAsync("SELECT \"Order\" FROM \"Play Lists\" ORDER BY 1"));
        await app.Database.AssertRejectedAsync("UPDATE \"Play Lists\" SET \"Featured Track\" = 999", "a broken reference");
        await AssertNoOrphansAsync(app.Database);

        var script = (await app.MigrateAsync("script", "--down")).ShouldSucceed();
        script.ShouldContain("\"Play Lists\"").ShouldContain("\"Featured Track\"");
        (await app.MigrateAsync("status")).ShouldSucceed();

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        Assert.True(await app.Database.ColumnExistsAsync("Play Lists", "note"));
        await app.Database.AssertRejectedAsync("UPDATE \"Play Lists\" SET \"featured_id\" = 999", "a broken reference");
        await AssertNoOrphansAsync(app.Database);

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.False(await app.Database.TableExistsAsync("Play Lists"));
        Assert.False(await app.Database.TableExistsAsync("PlaylistTrack"));

        (await app.MigrateAsync("--verbose", "up")).ShouldSucceed().ShouldContain("\"plays {0} %s\"");
        Assert.Empty(await DifferencesAsync(app));
    }

    [Fact]
    public async Task A_table_an_older_file_created_keeps_its_key_name_in_the_database_and_the_expected_shape()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.App.WithMigration("20250101000000_initial.yaml", """
            id: 20250101000000
            description: initial
            up:
              - create_table:
                  table: teams
                  columns:
                    - { name: id, type: integer, primary: true }
            down:
              - drop_table: { table: teams }
            """);
        app.WithSchema("team.yaml", "name: Team\nfields:\n  id: { type: integer, primary: true }\n");
        app.Rebuild();
        Assert.Empty(app.Build.PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app));

        app.WithSchema("member.yaml", "name: Member\nfields:\n  id: { type: integer, primary: true }\n  team: { type: ref, target: Team }\n");
        app.Rebuild();
        await app.GenerateAsync("members");
        (await app.MigrateAsync("up")).ShouldSucceed();
        var (expected, live) = await ShapesAsync(app);
        Assert.Empty(ShapeComparison.Differences(expected, live));
        if (app.Database.Provider != "SQLite")
        {
            Assert.Equal("PK_teams", live.Table("teams")!.PrimaryKeyName);
            Assert.Equal("members_pkey", live.Table("members")!.PrimaryKeyName);
        }
    }

    private static async Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app)
    {
        var (expected, live) = await ShapesAsync(app);
        return ShapeComparison.Differences(expected, live);
    }

    private static async Task<(DatabaseShape Expected, DatabaseShape Live)> ShapesAsync(AppUnderTest app) => (LiveShape.Expected(app), await LiveShape.ReadAsync(app));

    private static async Task AssertNoOrphansAsync(TestDatabase database)
    {
        if (database.Provider == "SQLite")
        {
            Assert.Empty(await database.QueryAsync("PRAGMA foreign_key_check"));
            var definitions = await database.ColumnValuesAsync("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL");
            Assert.DoesNotContain(definitions, sql => sql!.Contains("__biab", StringComparison.Ordinal));
        }
    }
}

public sealed class SqliteNameTests : NameScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresNameTests : NameScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
