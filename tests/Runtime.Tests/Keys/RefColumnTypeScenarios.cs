using BackendInABox.Introspection;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Keys;

/// <summary>
/// A ref's <c>column_type:</c> on two tables that refer to each other, narrowed to smallint and widened to bigint and
/// back with rows: every row and reference survives, and the live database has exactly the shape the manifest expects.
/// </summary>
public abstract class RefColumnTypeScenarios
{
    private static readonly string Language = KeySchemas.Language("classic: { type: ref, target: Film, column_type: smallint, on_delete: set_null }");

    private static string Film(string columnType) => KeySchemas.Film("id: { type: smallint, primary: true, identity: false }", ", on_delete: cascade", columnType);

    private const string Films = "SELECT CAST(id AS TEXT) || ':' || title || ':' || CAST(language_id AS TEXT) FROM films ORDER BY films.id";

    private const string Languages = "SELECT CAST(id AS TEXT) || ':' || name || ':' || COALESCE(CAST(classic_id AS TEXT), '-') FROM languages ORDER BY languages.id";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_ref_s_column_type_narrows_and_widens_with_its_rows_and_references()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("language.yaml", Language).WithSchema("film.yaml", Film(string.Empty));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO languages (name) VALUES ('English')");
        await app.Database.ExecuteAsync("INSERT INTO languages (name) VALUES ('Italian')");
        await app.Database.ExecuteAsync("INSERT INTO films (id, title, language_id) VALUES (1, 'Academy Dinosaur', 1)");
        await app.Database.ExecuteAsync("INSERT INTO films (id, title, language_id) VALUES (2, 'Ace Goldfinger', 2)");
        await app.Database.ExecuteAsync("UPDATE languages SET classic_id = 2 WHERE id = 1");
        await LiveShape.AssertExpectedAsync(app);

        app.WithSchema("film.yaml", Film("smallint"));
        app.Rebuild();
        var narrowed = await app.GenerateAsync("smallint language");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app, live => AssertType(app, live, "smallint"));
        await app.Database.ExecuteAsync("INSERT INTO films (id, title, language_id) VALUES (3, 'Adaptation Holes', 2)");

        app.WithSchema("film.yaml", Film("bigint"));
        app.Rebuild();
        var widened = await app.GenerateAsync("bigint language");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app, live => AssertType(app, live, "bigint"));
        await app.Database.ExecuteAsync("INSERT INTO films (id, title, language_id) VALUES (4, 'Affair Prejudice', 1)");

        (await app.MigrateAsync("down", "2")).ShouldSucceed();
        app.WithSchema("film.yaml", Film(string.Empty));
        File.Delete(widened.Path);
        File.Delete(narrowed.Path);
        app.Rebuild();
        await LiveShape.AssertExpectedAsync(app, live => AssertType(app, live, "integer"));

        Assert.Equal(["1:Academy Dinosaur:1", "2:Ace Goldfinger:2", "3:Adaptation Holes:2", "4:Affair Prejudice:1"], await app.Database.ColumnValuesAsync(Films));
        Assert.Equal(["1:English:2", "2:Italian:-"], await app.Database.ColumnValuesAsync(Languages));
        await app.Database.ExecuteAsync("DELETE FROM films WHERE id = 2");
        Assert.Equal(["1:English:-", "2:Italian:-"], await app.Database.ColumnValuesAsync(Languages));
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO films (id, title, language_id) VALUES (5, 'Nowhere', 99)");
    }

    private const string Cities = "SELECT CAST(id AS TEXT) || ':' || country_id FROM cities ORDER BY cities.id";

    private const string Countries = "SELECT code || ':' || COALESCE(CAST(capital_id AS TEXT), '-') FROM countries ORDER BY code";

    [Fact]
    public async Task A_ref_to_a_text_key_stores_varchar_and_char_of_its_own_length_with_its_rows_and_references()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("country.yaml", KeySchemas.TextKeyCountry).WithSchema("city.yaml", KeySchemas.City(", column_type: string, max_length: 20"));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO countries (code) VALUES ('FRA')");
        await app.Database.ExecuteAsync("INSERT INTO countries (code) VALUES ('PER')");
        await app.Database.ExecuteAsync("INSERT INTO cities (country_id) VALUES ('FRA')");
        await app.Database.ExecuteAsync("INSERT INTO cities (country_id) VALUES ('PER')");
        await app.Database.ExecuteAsync("UPDATE countries SET capital_id = 1 WHERE code = 'FRA'");
        await LiveShape.AssertExpectedAsync(app, live => AssertCityType(app, live, "varchar(20)"));

        app.WithSchema("city.yaml", KeySchemas.City(", column_type: char, max_length: 3"));
        app.Rebuild();
        var fixedLength = await app.GenerateAsync("char country");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app, live => AssertCityType(app, live, "character(3)"));
        await app.Database.ExecuteAsync("INSERT INTO cities (country_id) VALUES ('PER')");

        app.WithSchema("city.yaml", KeySchemas.City(string.Empty));
        app.Rebuild();
        var text = await app.GenerateAsync("text country");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app, live => AssertCityType(app, live, "text"));

        (await app.MigrateAsync("down", "2")).ShouldSucceed();
        app.WithSchema("city.yaml", KeySchemas.City(", column_type: string, max_length: 20"));
        File.Delete(text.Path);
        File.Delete(fixedLength.Path);
        app.Rebuild();
        await LiveShape.AssertExpectedAsync(app, live => AssertCityType(app, live, "varchar(20)"));

        Assert.Equal(["1:FRA", "2:PER", "3:PER"], await app.Database.ColumnValuesAsync(Cities));
        Assert.Equal(["FRA:1", "PER:-"], await app.Database.ColumnValuesAsync(Countries));
        await app.Database.ExecuteAsync("DELETE FROM cities WHERE id = 1");
        Assert.Equal(["FRA:-", "PER:-"], await app.Database.ColumnValuesAsync(Countries));
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO cities (country_id) VALUES ('CHL')");
    }

    private static void AssertCityType(AppUnderTest app, DatabaseShape live, string postgres)
    {
        if (app.Database.Provider != "SQLite")
        {
            Assert.Equal(postgres, live.Table("cities")!.Columns.Single(c => c.Name == "country_id").Type);
        }
    }

    private static void AssertType(AppUnderTest app, DatabaseShape live, string postgres)
    {
        if (app.Database.Provider != "SQLite")
        {
            Assert.Equal(postgres, live.Table("films")!.Columns.Single(c => c.Name == "language_id").Type);
            Assert.Equal("smallint", live.Table("languages")!.Columns.Single(c => c.Name == "classic_id").Type);
        }
    }
}

public sealed class SqliteRefColumnTypeTests : RefColumnTypeScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresRefColumnTypeTests : RefColumnTypeScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
