using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Introspection;

/// <summary>
/// Checks and index options taken up and down with rows on both dialects, in tables that refer to each other: rows and
/// keys stay, the constraints hold, `migrate script` shows them, the live database matches the build's expected shape
/// (what the fuzzer compares), and a check the rows violate fails its migration whole.
/// </summary>
public sealed class ConstraintShapeTests
{
    private const string Team = """
        name: Team
        fields:
          id:       { type: integer, primary: true }
          name:     { type: string, max_length: 100, required: true }
          featured: { type: ref, target: Track, on_delete: set_null }
        """;

    private const string Track = """
        name: Track
        fields:
          id:         { type: integer, primary: true }
          title:      { type: string, max_length: 200, required: true }
          slug:       { type: text }
          quantity:   { type: integer, required: true, default: 0 }
          deleted_at: { type: datetime }
          data:       { type: json }
          team:       { type: ref, target: Team, on_delete: cascade }
        """;

    private const string Indexes = """

        indexes:
          - { fields: [title], where: "deleted_at IS NULL", unique: true, name: ux_tracks_live_title }
          - { fields: [slug], ops: [text_pattern_ops], name: ix_tracks_slug_pattern }
          - { fields: [quantity], using: hash }
          - { fields: [data], using: gin, ops: [jsonb_path_ops] }
          - { expression: "lower(title)", name: ix_tracks_title_lower }
          - { fields: [team, quantity], order: [asc, desc] }
        checks:
          - { name: ck_tracks_quantity, sql: "quantity >= 0" }
          - { name: ck_tracks_title, sql: { postgres: "title <> ''", sqlite: "title <> '' AND typeof(title) = 'text'" } }
        """;

    private const string TeamCheck = """

        checks:
          - { name: ck_teams_name, sql: "length(name) > 1" }
        """;

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task Checks_and_index_options_go_up_and_down_keeping_rows_and_keys_and_the_live_shape_is_the_expected_one(string dialect)
    {
        await using var app = await StartAsync(dialect);
        await app.Database.ExecuteAsync("INSERT INTO teams (id, name) VALUES (1, 'Core'), (2, 'Edge')");
        await app.Database.ExecuteAsync("INSERT INTO tracks (id, title, slug, quantity, team_id) VALUES (1, 'One', 'one', 3, 1), (2, 'Two', 'two', 0, 2)");
        await app.Database.ExecuteAsync("UPDATE teams SET featured_id = 2 WHERE id = 1");

        app.WithSchema("track.yaml", Track + Indexes).WithSchema("team.yaml", Team + TeamCheck);
        app.Rebuild();
        var migration = await app.GenerateAsync("checks and index options");
        Assert.Contains("add_check", migration.Text, StringComparison.Ordinal);
        var script = (await app.MigrateAsync("script")).ShouldSucceed()
            .ShouldContain("\"ck_tracks_quantity\" CHECK (quantity >= 0)")
            .ShouldContain("INDEX \"ux_tracks_live_title\" ON \"tracks\" (\"title\") WHERE (deleted_at IS NULL)")
            .ShouldContain("\"ix_tracks_title_lower\" ON \"tracks\" (lower(title))");
        if (dialect != "SQLite")
        {
            script.ShouldContain("USING hash (\"quantity\")").ShouldContain("(\"slug\" text_pattern_ops)").ShouldContain("USING gin (\"data\" jsonb_path_ops)");
        }

        (await app.MigrateAsync("up")).ShouldSucceed();
        (await app.MigrateAsync("script", "--down")).ShouldSucceed().ShouldContain(dialect == "SQLite" ? "DROP INDEX \"ix_tracks_title_lower\"" : "DROP CONSTRAINT \"ck_tracks_quantity\"");

        Assert.Empty(await DifferencesAsync(app));
        Assert.Equal(["1|One|1", "2|Two|2"], await app.Database.ColumnValuesAsync("SELECT CAST(id AS TEXT) || '|' || title || '|' || CAST(team_id AS TEXT) FROM tracks ORDER BY id"));
        Assert.Equal(["2", null], await app.Database.ColumnValuesAsync("SELECT CAST(featured_id AS TEXT) FROM teams ORDER BY id"));
        await app.Database.AssertRejectedAsync("INSERT INTO tracks (id, title, quantity) VALUES (3, 'Three', -1)", "ck_tracks_quantity");
        await app.Database.AssertRejectedAsync("INSERT INTO teams (id, name) VALUES (3, 'X')", "ck_teams_name");
        await app.Database.AssertRejectedAsync("INSERT INTO tracks (id, title) VALUES (4, 'One')", "the partial unique index");
        await app.Database.ExecuteAsync("INSERT INTO tracks (id, title, deleted_at) VALUES (5, 'One', CURRENT_TIMESTAMP)");
        await app.Database.AssertRejectedAsync("INSERT INTO tracks (id, title, team_id) VALUES (6, 'Six', 99)", "the foreign key kept by the rebuild");
        await app.Database.ExecuteAsync("DELETE FROM teams WHERE id = 2");
        Assert.Equal(2, await app.Database.CountAsync("tracks"));

        (await app.MigrateAsync("down")).ShouldSucceed();
        await app.Database.ExecuteAsync("INSERT INTO tracks (id, title, quantity) VALUES (7, 'One', -1)");
        await app.Database.ExecuteAsync("INSERT INTO teams (id, name) VALUES (3, 'X')");
        Assert.Equal(["1|One|1", "5|One|", "7|One|"], await app.Database.ColumnValuesAsync("SELECT CAST(id AS TEXT) || '|' || title || '|' || COALESCE(CAST(team_id AS TEXT), '') FROM tracks ORDER BY id"));
        await app.Database.ExecuteAsync("DELETE FROM teams WHERE id = 1");
        Assert.Equal(2, await app.Database.CountAsync("tracks"));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_check_the_rows_violate_fails_its_migration_and_leaves_table_and_rows_as_they_were(string dialect)
    {
        await using var app = await StartAsync(dialect);
        await app.Database.ExecuteAsync("INSERT INTO teams (id, name) VALUES (1, 'Core')");
        await app.Database.ExecuteAsync("INSERT INTO tracks (id, title, quantity, team_id) VALUES (1, 'One', 3, 1), (2, 'Two', -5, 1)");
        var before = await app.Database.AppliedVersionsAsync();

        app.WithSchema("track.yaml", Track + "\nchecks:\n  - { name: ck_tracks_quantity, sql: \"quantity >= 0\" }\n");
        app.Rebuild();
        var migration = await app.GenerateAsync("quantity check");

        var up = (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace().ShouldContain(migration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        up.ShouldContain("ck_tracks_quantity");
        Assert.Equal(before, await app.Database.AppliedVersionsAsync());
        Assert.Equal(["-5", "3"], await app.Database.ColumnValuesAsync("SELECT CAST(quantity AS TEXT) FROM tracks ORDER BY quantity"));
        await app.Database.ExecuteAsync("INSERT INTO tracks (id, title, quantity, team_id) VALUES (3, 'Three', -1, 1)");
        await app.Database.AssertRejectedAsync("INSERT INTO tracks (id, title, team_id) VALUES (4, 'Four', 99)", "the foreign key");

        await app.Database.ExecuteAsync("UPDATE tracks SET quantity = 0 WHERE quantity < 0");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app));
        Assert.Equal(3, await app.Database.CountAsync("tracks"));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_check_or_index_option_changed_by_hand_is_drift(string dialect)
    {
        await using var app = await StartAsync(dialect, Track + Indexes);
        await app.Database.ExecuteAsync(dialect == "SQLite"
            ? "DROP INDEX ux_tracks_live_title; CREATE UNIQUE INDEX ux_tracks_live_title ON tracks (title)"
            : "ALTER TABLE tracks DROP CONSTRAINT ck_tracks_quantity; DROP INDEX ux_tracks_live_title; CREATE UNIQUE INDEX ux_tracks_live_title ON tracks (title)");

        var differences = await DifferencesAsync(app);
        Assert.Contains("missing:    index tracks.ux_tracks_live_title (title) unique where deleted_atisnull", differences);
        Assert.Contains("unexpected: index tracks.ux_tracks_live_title (title) unique", differences);
        if (dialect != "SQLite")
        {
            Assert.Contains("missing:    check tracks.ck_tracks_quantity quantity>=0", differences);
        }
    }

    private static async Task<AppUnderTest> StartAsync(string dialect, string track = Track)
    {
        TestDatabase database = dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync();
        var app = new AppUnderTest(database).WithSchema("team.yaml", Team).WithSchema("track.yaml", track);
        await app.StartAsync();
        return app;
    }

    private static Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app) => LiveShape.DifferencesAsync(app, LiveShape.Expected(app));
}
