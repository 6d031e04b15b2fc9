using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.RealApps;

/// <summary>
/// A native enum through its life with rows in two tables that refer to each other: labels added (outside a
/// transaction), a label removed (refused while a row holds it, changing nothing), native switched off, and every
/// step rolled back; rows, keys and the live shape stay as the build expects. SQLite runs the same history as TEXT + CHECK.
/// </summary>
public abstract class NativeEnumScenarios
{
    private const string Studio = """
        name: Studio
        table: studios
        fields:
          id:       { type: integer, primary: true }
          flagship: { type: ref, target: Film, on_delete: set_null }
        """;

    private const string Keys = "SELECT 'f' || f.id || ':' || COALESCE(CAST(f.studio_id AS TEXT), '-') || ':' || CAST(f.rating AS TEXT) FROM films f "
        + "UNION ALL SELECT 's' || s.id || ':' || COALESCE(CAST(s.flagship_id AS TEXT), '-') FROM studios s ORDER BY 1";

    private static string Film(string values, bool native = true) => $$"""
        name: Film
        table: films
        fields:
          id:     { type: integer, primary: true }
          studio: { type: ref, target: Studio, on_delete: cascade }
          rating: { type: enum, values: [{{values}}], required: true, default: G{{(native ? ", native: mpaa_rating" : string.Empty)}} }
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_native_enum_changes_up_and_down_keeping_rows_and_keys()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("studio.yaml", Studio).WithSchema("film.yaml", Film("G, PG, R"));
        await app.StartAsync();
        var postgres = app.Database.Provider != "SQLite";
        await app.Database.ExecuteAsync("INSERT INTO studios (id) VALUES (1)");
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id, rating) VALUES (10, 1, 'PG')");
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id) VALUES (11, 1)");
        await app.Database.ExecuteAsync("UPDATE studios SET flagship_id = 10 WHERE id = 1");
        var keys = await app.Database.ColumnValuesAsync(Keys);
        Assert.Equal(["f10:1:PG", "f11:1:G", "s1:10"], keys);
        if (postgres)
        {
            Assert.Equal(["mpaa_rating"], await app.Database.ColumnValuesAsync("SELECT udt_name FROM information_schema.columns WHERE table_name = 'films' AND column_name = 'rating'"));
        }

        await AssertShapeAsync(app);

        await app.StepAsync("film.yaml", Film("G, PG, PG-13, R, NC-17"), "add labels");
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.ExecuteAsync("INSERT INTO films (id, studio_id, rating) VALUES (12, 1, 'NC-17')");
        await app.Database.ExecuteAsync("DELETE FROM films WHERE id = 12");

        app.WithSchema("film.yaml", Film("G, PG-13, R, NC-17"));
        app.Rebuild();
        await app.GenerateAsync("remove pg");
        var refused = (await app.MigrateAsync("up")).ShouldFail(1);
        refused.ShouldContain(postgres ? "invalid input value for enum mpaa_rating: \"PG\"" : "CHECK constraint failed");
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.ExecuteAsync("UPDATE films SET rating = 'PG-13' WHERE id = 10");
        (await app.MigrateAsync("up")).ShouldSucceed();
        var relabelled = await app.Database.ColumnValuesAsync(Keys);
        Assert.Equal(["f10:1:PG-13", "f11:1:G", "s1:10"], relabelled);
        await AssertShapeAsync(app);
        await app.Database.AssertRejectedAsync("INSERT INTO films (id, rating) VALUES (13, 'PG')", "the removed label");

        await app.StepAsync("film.yaml", Film("G, PG-13, R, NC-17", native: false), "native off");
        Assert.Equal(relabelled, await app.Database.ColumnValuesAsync(Keys));
        if (postgres)
        {
            Assert.Equal("character varying", await app.Database.ColumnTypeAsync("films", "rating"));
            Assert.Empty(await app.Database.QueryAsync("SELECT 1 FROM pg_type WHERE typname LIKE 'mpaa_rating%'"));
        }

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(relabelled, await app.Database.ColumnValuesAsync(Keys));
        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(relabelled, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.ExecuteAsync("UPDATE films SET rating = 'PG' WHERE id = 10");
        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(keys, await app.Database.ColumnValuesAsync(Keys));
        await app.Database.AssertRejectedAsync("INSERT INTO films (id, rating) VALUES (14, 'NC-17')", "a label the down removed");
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO films (id, studio_id) VALUES (15, 999)");
        if (postgres)
        {
            Assert.Equal(["G", "PG", "R"], await app.Database.EnumLabelsAsync("mpaa_rating"));
        }
    }

    private static Task AssertShapeAsync(AppUnderTest app) => LiveShape.AssertExpectedAsync(app);
}

public sealed class SqliteNativeEnumTests : NativeEnumScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresNativeEnumTests : NativeEnumScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
