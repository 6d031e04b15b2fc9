using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Types;

/// <summary>
/// smallint, real, char, time, timestamp with precision, arrays and a custom type on a real database of each dialect,
/// with rows in a parent table and a child table that refers to it: created, changed into each other and back, and
/// each time the live catalog has exactly the shape the build expects and every row and key is still there.
/// </summary>
public sealed class TypeScenarios
{
    private const string Hall = """
        name: Hall
        table: halls
        fields:
          id:    { type: smallint, primary: true }
          code:  { type: char, max_length: 3, required: true }
          seats: { type: smallint, required: true, default: 100 }
          opens: { type: time, required: true, default: "09:30" }
        """;

    private const string HallChanged = """
        name: Hall
        table: halls
        fields:
          id:    { type: smallint, primary: true }
          code:  { type: string, max_length: 3, required: true }
          seats: { type: integer, required: true, default: 100 }
          floor: { type: char, max_length: 2 }
          opens: { type: time, required: true, default: "09:30" }
        """;

    private const string Showing = """
        name: Showing
        table: showings
        fields:
          id:         { type: integer, primary: true }
          hall:       { type: ref, target: Hall, required: true, on_delete: cascade }
          ratio:      { type: real }
          starts_at:  { type: time, precision: 0 }
          created_at: { type: timestamp, precision: 3, required: true, default: now }
          tags:       { type: text, array: true, required: true, default: [] }
          search:     { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }
          level:      { type: integer }
        """;

    private const string ShowingChanged = """
        name: Showing
        table: showings
        fields:
          id:         { type: integer, primary: true }
          hall:       { type: ref, target: Hall, required: true, on_delete: cascade }
          ratio:      { type: float }
          starts_at:  { type: time }
          created_at: { type: timestamp, precision: 6, required: true, default: now }
          tags:       { type: text, array: true, required: true, default: [] }
          search:     { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }
          level:      { type: smallint }
          marks:      { type: smallint, array: true, required: true, default: [] }
        """;

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task The_new_types_go_up_with_exactly_the_expected_shape_and_hold_their_rows(string dialect)
    {
        await using var app = await StartAsync(dialect);

        Assert.Empty(await DifferencesAsync(app, await ExpectedAsync(app)));
        Assert.Equal(["10|1|1.5|19:30:00|red,blue|7", "11|2||||"], await ShowingRowsAsync(app.Database));
        Assert.Equal(["1|A1|120", "2|B2|80"], await HallRowsAsync(app.Database));
    }

    [Theory]
    [InlineData("SQLite", "WHERE \"level\" IS NOT NULL AND \"level\" NOT BETWEEN -32768 AND 32767")]
    [InlineData("PostgreSQL", "ALTER TABLE \"showings\" ALTER COLUMN \"created_at\" TYPE timestamp(6)")]
    public async Task Migrate_script_shows_the_type_changes(string dialect, string expected)
    {
        await using var app = await StartAsync(dialect);
        app.WithSchema("hall.yaml", HallChanged).WithSchema("showing.yaml", ShowingChanged);
        app.Rebuild();
        await app.GenerateAsync("change types");

        (await app.MigrateAsync("script")).ShouldSucceed().ShouldContain(expected);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task Changing_the_types_keeps_every_row_and_key_up_and_down(string dialect)
    {
        await using var app = await StartAsync(dialect);
        var before = await ExpectedAsync(app);

        app.WithSchema("hall.yaml", HallChanged).WithSchema("showing.yaml", ShowingChanged);
        app.Rebuild();
        var migration = await app.GenerateAsync("change types");
        Assert.Contains("alter_column: { table: showings, column: { name: level, type: smallint }, using: \"level::smallint\" }", migration.Text, StringComparison.Ordinal);
        (await app.MigrateAsync("up")).ShouldSucceed();

        Assert.Empty(await DifferencesAsync(app, await ExpectedAsync(app)));
        Assert.Equal(["10|1|1.5|19:30:00|red,blue|7", "11|2||||"], await ShowingRowsAsync(app.Database));
        Assert.Equal(["1|A1|120", "2|B2|80"], await HallRowsAsync(app.Database));
        Assert.Equal(["", ""], await app.Database.ColumnValuesAsync(app.Database.Provider == "SQLite"
            ? "SELECT coalesce((SELECT group_concat(value, ',') FROM json_each(marks)), '') FROM showings ORDER BY id"
            : "SELECT array_to_string(marks, ',') FROM showings ORDER BY id"));
        await app.Database.AssertRejectedAsync("INSERT INTO showings (id, hall_id) VALUES (12, 9)", "the foreign key to halls holds after the rebuild");

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app, before));
        Assert.Equal(["10|1|1.5|19:30:00|red,blue|7", "11|2||||"], await ShowingRowsAsync(app.Database));
        Assert.Equal(["1|A1|120", "2|B2|80"], await HallRowsAsync(app.Database));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_value_that_does_not_fit_smallint_fails_the_change_and_leaves_the_rows(string dialect)
    {
        await using var app = await StartAsync(dialect);
        await app.Database.ExecuteAsync("UPDATE showings SET level = 40000 WHERE id = 10");

        app.WithSchema("showing.yaml", ShowingChanged.Replace("  marks:      { type: smallint, array: true, required: true, default: [] }\n", string.Empty, StringComparison.Ordinal));
        app.Rebuild();
        await app.GenerateAsync("narrow level");
        (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace();

        Assert.Equal(["40000", null], await app.Database.ColumnValuesAsync("SELECT level FROM showings ORDER BY id"));
        Assert.Equal(2, await app.Database.CountAsync("showings"));
    }

    private static async Task<AppUnderTest> StartAsync(string dialect)
    {
        TestDatabase database = dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync();
        var app = new AppUnderTest(database).WithSchema("hall.yaml", Hall).WithSchema("showing.yaml", Showing);
        await app.StartAsync();
        var sqlite = database.Provider == "SQLite";
        await database.ExecuteAsync("INSERT INTO halls (id, code, seats) VALUES (1, 'A1', 120), (2, 'B2', 80)");
        await database.ExecuteAsync(sqlite
            ? "INSERT INTO showings (id, hall_id, ratio, starts_at, created_at, tags, search, level) VALUES (10, 1, 1.5, '19:30:00', '2026-01-31 12:00:00.123', '[\"red\",\"blue\"]', 'star wars', 7), (11, 2, NULL, NULL, '2026-02-01 08:00:00', '[]', NULL, NULL)"
            : "INSERT INTO showings (id, hall_id, ratio, starts_at, created_at, tags, search, level) VALUES (10, 1, 1.5, '19:30:00', '2026-01-31 12:00:00.123', '{red,blue}', to_tsvector('simple', 'star wars'), 7), (11, 2, NULL, NULL, '2026-02-01 08:00:00', '{}', NULL, NULL)");
        return app;
    }

    private static async Task<IReadOnlyList<string?>> ShowingRowsAsync(TestDatabase database) =>
        await database.ColumnValuesAsync(database.Provider == "SQLite"
            ? "SELECT id || '|' || hall_id || '|' || coalesce(ratio, '') || '|' || coalesce(starts_at, '') || '|' || coalesce((SELECT group_concat(value, ',') FROM json_each(tags)), '') || '|' || coalesce(level, '') FROM showings ORDER BY id"
            : "SELECT id || '|' || hall_id || '|' || coalesce(ratio::text, '') || '|' || coalesce(starts_at::text, '') || '|' || array_to_string(tags, ',') || '|' || coalesce(level::text, '') FROM showings ORDER BY id");

    /// <summary>character(n) pads its values with blanks on PostgreSQL, not on SQLite; the padding is not part of the value.</summary>
    private static async Task<IReadOnlyList<string?>> HallRowsAsync(TestDatabase database) =>
        await database.ColumnValuesAsync("SELECT id || '|' || rtrim(code) || '|' || seats FROM halls ORDER BY id");

    private static Task<DatabaseShape> ExpectedAsync(AppUnderTest app) => Task.FromResult(
        ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, Provider(app)));

    private static Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app, DatabaseShape expected) => LiveShape.DifferencesAsync(app, expected);

    private static DatabaseProvider Provider(AppUnderTest app) => app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
}
