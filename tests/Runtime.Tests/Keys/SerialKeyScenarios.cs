using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Xunit;

namespace BackendInABox.Runtime.Tests.Keys;

/// <summary>
/// <c>identity: serial</c> keys of two tables that refer to each other, taken from serial to identity and to
/// application-given ids and back with rows: every row and reference survives, the database keeps numbering after the
/// largest id, and the live database has exactly the expected shape (on PostgreSQL the sequence default serial makes).
/// </summary>
public abstract class SerialKeyScenarios
{
    private static readonly string City = KeySchemas.SerialCity(country: true);

    private static string Country(string identity) => KeySchemas.NumberedCountry(identity, capital: true);

    private const string Countries = "SELECT CAST(id AS TEXT) || ':' || name || ':' || COALESCE(CAST(capital_id AS TEXT), '-') FROM countries ORDER BY countries.id";

    private const string Cities = "SELECT CAST(id AS TEXT) || ':' || name || ':' || CAST(country_id AS TEXT) FROM cities ORDER BY cities.id";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Serial_keys_number_rows_and_change_to_identity_and_given_ids_and_back_keeping_every_row()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("country.yaml", Country("serial")).WithSchema("city.yaml", City);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('France')");
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('Peru')");
        await app.Database.ExecuteAsync("INSERT INTO cities (name, country_id) VALUES ('Paris', 1)");
        await app.Database.ExecuteAsync("INSERT INTO cities (name, country_id) VALUES ('Lima', 2)");
        await app.Database.ExecuteAsync("UPDATE countries SET capital_id = 1 WHERE id = 1");
        await LiveShape.AssertExpectedAsync(app, live =>
        {
            if (app.Database.Provider != "SQLite")
            {
                Assert.Equal("nextval('countries_id_seq')", live.Table("countries")!.Columns.Single(c => c.Name == "id").Default);
                Assert.Null(live.Table("countries")!.Columns.Single(c => c.Name == "id").Identity);
            }
        });

        app.WithSchema("country.yaml", Country("false"));
        app.Rebuild();
        var byHand = await app.GenerateAsync("country ids by hand");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app);
        await app.Database.AssertRejectedAsync("INSERT INTO countries (name) VALUES ('No id')", "an id the application must give");
        await app.Database.ExecuteAsync("INSERT INTO countries (id, name) VALUES (7, 'Chile')");

        app.WithSchema("country.yaml", Country("true"));
        app.Rebuild();
        var numbered = await app.GenerateAsync("country ids numbered");
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('Japan')");

        (await app.MigrateAsync("down", "2")).ShouldSucceed();
        app.WithSchema("country.yaml", Country("serial"));
        File.Delete(numbered.Path);
        File.Delete(byHand.Path);
        app.Rebuild();
        await LiveShape.AssertExpectedAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('Kenya')");
        await app.Database.ExecuteAsync("INSERT INTO cities (name, country_id) VALUES ('Nairobi', 9)");

        Assert.Equal(["1:France:1", "2:Peru:-", "7:Chile:-", "8:Japan:-", "9:Kenya:-"], await app.Database.ColumnValuesAsync(Countries));
        Assert.Equal(["1:Paris:1", "2:Lima:2", "3:Nairobi:9"], await app.Database.ColumnValuesAsync(Cities));
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO cities (name, country_id) VALUES ('Nowhere', 99)");
    }

    [Fact]
    public async Task Renaming_a_table_with_a_serial_key_renames_its_sequence_and_keeps_rows_and_numbering()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("country.yaml", Country("serial")).WithSchema("city.yaml", City);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('France')");
        await app.Database.ExecuteAsync("INSERT INTO cities (name, country_id) VALUES ('Paris', 1)");
        await app.Database.ExecuteAsync("UPDATE countries SET capital_id = 1 WHERE id = 1");

        var renameId = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{renameId}_rename_countries.yaml", MigrationFile.Text(
            renameId, "rename countries", initial.Id,
            up: "  - rename_table: { table: countries, to: nations }\n",
            down: "  - rename_table: { table: nations, to: countries }\n"));
        app.WithSchema("country.yaml", Country("serial").Replace("table: countries", "table: nations", StringComparison.Ordinal));
        Assert.Empty(app.Rebuild().PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed();
        await LiveShape.AssertExpectedAsync(app, live =>
        {
            if (app.Database.Provider != "SQLite")
            {
                Assert.Equal("nextval('nations_id_seq')", live.Table("nations")!.Columns.Single(c => c.Name == "id").Default);
            }
        });
        if (app.Database.Provider != "SQLite")
        {
            Assert.Equal(["nations_id_seq"], await app.Database.ColumnValuesAsync("SELECT sequencename FROM pg_sequences WHERE sequencename LIKE '%id_seq' AND sequencename NOT LIKE 'cities%'"));
        }

        await app.Database.ExecuteAsync("INSERT INTO nations (name) VALUES ('Peru')");
        Assert.Equal(["1:France:1", "2:Peru:-"], await app.Database.ColumnValuesAsync(Countries.Replace("countries", "nations", StringComparison.Ordinal)));

        (await app.MigrateAsync("down")).ShouldSucceed();
        app.WithSchema("country.yaml", Country("serial"));
        File.Delete(Path.Combine(app.App.MigrationsDirectory, $"{renameId}_rename_countries.yaml"));
        app.Rebuild();
        await LiveShape.AssertExpectedAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('Chile')");
        Assert.Equal(["1:France:1", "2:Peru:-", "3:Chile:-"], await app.Database.ColumnValuesAsync(Countries));
        Assert.Equal(["1:Paris:1"], await app.Database.ColumnValuesAsync(Cities));
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO cities (name, country_id) VALUES ('Nowhere', 99)");
    }
}

public sealed class SqliteSerialKeyTests : SerialKeyScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresSerialKeyTests : SerialKeyScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
