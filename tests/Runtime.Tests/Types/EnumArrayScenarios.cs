using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Types;

/// <summary>
/// Enum arrays through their life with rows in two tables that refer to each other: created (varchar(63)[] with a CHECK
/// and a native enum type's array on PostgreSQL, JSON text on SQLite), labels added, a label removed (refused while a
/// row holds it, changing nothing), an array made one value and back, and every step rolled back; rows, keys and the
/// live shape stay as the build expects.
/// </summary>
public abstract class EnumArrayScenarios
{
    private const string Studio = """
        name: Studio
        table: studios
        fields:
          id:       { type: integer, primary: true }
          flagship: { type: ref, target: Film, on_delete: set_null }
        """;

    private static string Film(string genres, string ratings, bool ratingsArray = true) => $$"""
        name: Film
        table: films
        fields:
          id:      { type: integer, primary: true }
          studio:  { type: ref, target: Studio, on_delete: cascade }
          genres:  { type: enum, values: [{{genres}}], array: true, required: true, default: [drama] }
          ratings: { type: enum, values: [{{ratings}}], native: film_rating{{(ratingsArray ? ", array: true" : string.Empty)}} }
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Enum_arrays_change_up_and_down_keeping_rows_and_keys()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("studio.yaml", Studio).WithSchema("film.yaml", Film("drama, comedy", "G, PG, R"));
        await app.StartAsync();
        var postgres = app.Database.Provider != "SQLite";
        string List(params string[] labels) => postgres ? $"'{{{string.Join(",", labels)}}}'" : $"'[{string.Join(",", labels.Select(l => $"\"{l}\""))}]'";
        var keys = postgres
            ? "SELECT 'f' || f.id || ':' || COALESCE(CAST(f.studio_id AS TEXT), '-') || ':' || array_to_string(f.genres, ',') || ':' || COALESCE(CAST(f.ratings AS TEXT), '-') FROM films f UNION ALL SELECT 's' || s.id || ':' || COALESCE(CAST(s.flagship_id AS TEXT), '-') FROM studios s ORDER BY 1"
            : "SELECT 'f' || f.id || ':' || COALESCE(CAST(f.studio_id AS TEXT), '-') || ':' || (SELECT group_concat(value, ',') FROM json_each(f.genres)) || ':' || COALESCE(f.ratings, '-') FROM films f UNION ALL SELECT 's' || s.id || ':' || COALESCE(CAST(s.flagship_id AS TEXT), '-') FROM studios s ORDER BY 1";
        await app.Database.ExecuteAsync("INSERT INTO studios (id) VALUES (1)");
        await app.Database.ExecuteAsync($"INSERT INTO films (id, studio_id, genres, ratings) VALUES (10, 1, {List("comedy", "drama")}, {List("PG", "R")})");
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id) VALUES (11, 1)");
        await app.Database.ExecuteAsync("UPDATE studios SET flagship_id = 10 WHERE id = 1");
        var rows = await app.Database.ColumnValuesAsync(keys);
        Assert.Equal(postgres ? ["f10:1:comedy,drama:{PG,R}", "f11:1:drama:-", "s1:10"] : ["f10:1:comedy,drama:[\"PG\",\"R\"]", "f11:1:drama:-", "s1:10"], rows);
        if (postgres)
        {
            Assert.Equal(["_varchar", "_film_rating"], await app.Database.ColumnValuesAsync("SELECT udt_name FROM information_schema.columns WHERE table_name = 'films' AND column_name IN ('genres', 'ratings') ORDER BY column_name"));
            await app.Database.AssertRejectedAsync($"INSERT INTO films (id, genres) VALUES (12, {List("drama", "horror")})", "a label the CHECK does not list");
            await app.Database.AssertRejectedAsync($"INSERT INTO films (id, ratings) VALUES (12, {List("NC-17")})", "a label the enum type does not have");
        }

        await LiveShape.AssertExpectedAsync(app);

        await app.StepAsync("film.yaml", Film("drama, comedy, horror", "G, PG, PG-13, R"), "add labels");
        Assert.Equal(rows, await app.Database.ColumnValuesAsync(keys));
        await app.Database.ExecuteAsync($"INSERT INTO films (id, studio_id, genres, ratings) VALUES (12, 1, {List("horror")}, {List("PG-13")})");
        await app.Database.ExecuteAsync("DELETE FROM films WHERE id = 12");

        app.WithSchema("film.yaml", Film("drama, horror", "G, PG, PG-13, R"));
        app.Rebuild();
        await app.GenerateAsync("remove comedy");
        var refused = (await app.MigrateAsync("up")).ShouldFail(1);
        refused.ShouldContain(postgres ? "ck_films_genres" : "films.genres: a value does not convert to enum[]");
        Assert.Equal(rows, await app.Database.ColumnValuesAsync(keys));
        await app.Database.ExecuteAsync($"UPDATE films SET genres = {List("horror", "drama")} WHERE id = 10");
        (await app.MigrateAsync("up")).ShouldSucceed();
        var relabelled = await app.Database.ColumnValuesAsync(keys);
        Assert.Equal(postgres ? ["f10:1:horror,drama:{PG,R}", "f11:1:drama:-", "s1:10"] : ["f10:1:horror,drama:[\"PG\",\"R\"]", "f11:1:drama:-", "s1:10"], relabelled);
        await LiveShape.AssertExpectedAsync(app);

        await app.StepAsync("film.yaml", Film("drama, horror", "G, PG, PG-13, R", ratingsArray: false), "one rating");
        Assert.Equal(["f10:1:horror,drama:PG", "f11:1:drama:-", "s1:10"], await app.Database.ColumnValuesAsync(keys));

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(postgres ? ["f10:1:horror,drama:{PG}", "f11:1:drama:-", "s1:10"] : ["f10:1:horror,drama:[\"PG\"]", "f11:1:drama:-", "s1:10"], await app.Database.ColumnValuesAsync(keys));
        (await app.MigrateAsync("down")).ShouldSucceed();
        await app.Database.ExecuteAsync($"UPDATE films SET genres = {List("comedy", "drama")}, ratings = {List("PG", "R")} WHERE id = 10");
        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(rows, await app.Database.ColumnValuesAsync(keys));
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO films (id, studio_id) VALUES (15, 999)");
        if (postgres)
        {
            await app.Database.AssertRejectedAsync($"INSERT INTO films (id, genres) VALUES (13, {List("horror")})", "a label the down removed");
            Assert.Equal(["G", "PG", "R"], await app.Database.EnumLabelsAsync("film_rating"));
        }
    }
}

public sealed class SqliteEnumArrayTests : EnumArrayScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresEnumArrayTests : EnumArrayScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
