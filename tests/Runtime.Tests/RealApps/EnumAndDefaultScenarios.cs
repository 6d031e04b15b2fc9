using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.RealApps;

/// <summary>
/// Enum labels as written and the new defaults, taken up and down with rows in two tables that refer to each other:
/// every row and key survives, the labels are stored as written, each default fills new rows, and the live database
/// has exactly the shape the build expects.
/// </summary>
public abstract class EnumAndDefaultScenarios
{
    private const string Studio = """
        name: Studio
        table: studios
        fields:
          id:       { type: integer, primary: true }
          name:     { type: string, max_length: 40, required: true }
          flagship: { type: ref, target: Film, on_delete: set_null }
        """;

    private static string Film(bool changed) => $$"""
        name: Film
        table: films
        fields:
          id:        { type: integer, primary: true }
          studio:    { type: ref, target: Studio, on_delete: cascade }
          rating:    { type: enum, values: [G, PG, PG-13{{(changed ? ", NC-17" : string.Empty)}}], required: true, default: G }
          state:     { type: enum, values: [ACTIVE, in progress] }
          added_at:  { type: datetime, required: true, default: current_timestamp }
          rented_on: { type: date, required: true, default: {{(changed ? "2026-01-01" : "today")}} }
          total:     { type: decimal, precision: 10, scale: 2, required: true, default_sql: { postgres: "{{(changed ? "(2 + 2)" : "(1 + 1)")}}", sqlite: "{{(changed ? "4" : "2")}}" } }
        {{(changed ? "  code:      { type: text, default_sql: \"'n/a'\" }\n" : string.Empty)}}
        """;

    private const string Keys = "SELECT 'f' || f.id || ':' || COALESCE(CAST(f.studio_id AS TEXT), '-') || ':' || f.rating || ':' || COALESCE(f.state, '-') FROM films f "
        + "UNION ALL SELECT 's' || s.id || ':' || COALESCE(CAST(s.flagship_id AS TEXT), '-') FROM studios s ORDER BY 1";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Labels_and_defaults_go_up_and_down_keeping_rows_and_keys()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("studio.yaml", Studio).WithSchema("film.yaml", Film(changed: false));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO studios (id, name) VALUES (1, 'North')");
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id, rating, state) VALUES (10, 1, 'PG-13', 'in progress')");
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id) VALUES (11, 1)");
        await app.Database.ExecuteAsync("UPDATE studios SET flagship_id = 10 WHERE id = 1");
        await app.Database.AssertRejectedAsync("INSERT INTO films (id, rating) VALUES (12, 'pg_13')", "a label that is not written so");
        var keys = await app.Database.ColumnValuesAsync(Keys);
        Assert.Equal(["f10:1:PG-13:in progress", "f11:1:G:-", "s1:10"], keys);
        Assert.Equal(["200"], await Totals(app.Database));
        Assert.Equal(["1"], await app.Database.ColumnValuesAsync("SELECT COUNT(*) FROM films WHERE added_at IS NOT NULL AND rented_on IS NOT NULL AND id = 11"));
        await AssertShapeAsync(app);

        app.WithSchema("film.yaml", Film(changed: true));
        app.Rebuild();
        await app.GenerateAsync("more labels");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id, rating) VALUES (13, 1, 'NC-17')");
        Assert.Equal(["200", "400"], await Totals(app.Database));
        Assert.Equal(["2026-01-01|n/a"], await app.Database.ColumnValuesAsync("SELECT CAST(rented_on AS TEXT) || '|' || code FROM films WHERE id = 13"));
        await AssertShapeAsync(app);
        await app.Database.ExecuteAsync("DELETE FROM films WHERE id = 13");

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.AssertRejectedAsync("INSERT INTO films (id, rating) VALUES (14, 'NC-17')", "the label the down removed");
        await app.Database.AssertRejectedAsync("INSERT INTO films (id, studio_id) VALUES (15, 999)", "a broken reference");
        await app.Database.ExecuteAsync("INSERT INTO films (id) VALUES (16)");
        Assert.Equal(["200", "200"], await Totals(app.Database));
        if (app.Database.Provider == "SQLite")
        {
            Assert.Empty(await app.Database.QueryAsync("PRAGMA foreign_key_check"));
        }
    }

    private static async Task<IReadOnlyList<string?>> Totals(TestDatabase database) =>
        await database.ColumnValuesAsync("SELECT CAST(CAST(total * 100 AS INTEGER) AS TEXT) FROM films WHERE rating <> 'PG-13' ORDER BY id");

    private static Task AssertShapeAsync(AppUnderTest app) => LiveShape.AssertExpectedAsync(app);
}

public sealed class SqliteEnumAndDefaultTests : EnumAndDefaultScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresEnumAndDefaultTests : EnumAndDefaultScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
