using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary>
/// Schema changes to tables that other tables refer to, with rows in all of them: on SQLite these are table rebuilds,
/// which must keep every row and every key going up and going down, whatever the foreign keys' ON DELETE says.
/// </summary>
public abstract class RebuildScenarios
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Theory]
    [InlineData("cascade")]
    [InlineData("set_null")]
    [InlineData("no_action")]
    [InlineData("restrict")]
    public async Task Changing_a_table_others_refer_to_keeps_their_rows_and_keys_up_and_down(string onDelete)
    {
        await using var app = await StartShopAsync(onDelete);
        var keys = await app.Database.ColumnValuesAsync(ShopSchemas.Keys);

        app.WithSchema("customer.yaml", ShopSchemas.Customer(withNickname: false));
        app.Rebuild();
        await app.GenerateAsync("drop nickname");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("customers", "nickname"));
        await AssertShopIntactAsync(app.Database, keys);

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.True(await app.Database.ColumnExistsAsync("customers", "nickname"));
        await AssertShopIntactAsync(app.Database, keys);
    }

    [Fact]
    public async Task Changing_a_table_between_a_parent_and_a_child_keeps_both_sides()
    {
        await using var app = await StartShopAsync("cascade");
        var keys = await app.Database.ColumnValuesAsync(ShopSchemas.Keys);

        app.WithSchema("order.yaml", ShopSchemas.Order("cascade", withNote: false));
        app.Rebuild();
        await app.GenerateAsync("drop note");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("orders", "note"));
        await AssertShopIntactAsync(app.Database, keys);

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.True(await app.Database.ColumnExistsAsync("orders", "note"));
        await AssertShopIntactAsync(app.Database, keys);
    }

    /// <summary>
    /// SQLite's DDL has no string lengths: a longer max_length is an ALTER on PostgreSQL and nothing on SQLite, whose
    /// tables stay as they are (a rebuild would copy every row for nothing), and the live database still matches.
    /// </summary>
    [Fact]
    public async Task A_longer_max_length_alters_PostgreSQL_and_leaves_SQLite_tables_as_they_are_keeping_rows_up_and_down()
    {
        await using var app = await StartShopAsync("cascade");
        var keys = await app.Database.ColumnValuesAsync(ShopSchemas.Keys);
        var sqlite = app.Database.Provider == "SQLite";
        const string Tables = "SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name";
        IReadOnlyList<string?> definitions = sqlite ? await app.Database.ColumnValuesAsync(Tables) : [];

        app.WithSchema("customer.yaml", ShopSchemas.Customer().Replace("max_length: 40", "max_length: 80", StringComparison.Ordinal))
            .WithSchema("order.yaml", ShopSchemas.Order("cascade").Replace("max_length: 40", "max_length: 80", StringComparison.Ordinal));
        app.Rebuild();
        await app.GenerateAsync("longer nickname and note");
        var up = (await app.MigrateAsync("up", "--verbose")).ShouldSucceed();
        if (sqlite)
        {
            up.ShouldNotContain("__biab_new").ShouldNotContain("biab_foreign_key_check");
            Assert.Equal(definitions, await app.Database.ColumnValuesAsync(Tables));
        }
        else
        {
            Assert.Equal(["80", "80"], await app.Database.ColumnValuesAsync(MaxLengths));
        }

        await LiveShape.AssertExpectedAsync(app);
        (await app.MigrateAsync("status")).ShouldSucceed().ShouldContain("Schema:     matches the migration history.");
        await AssertShopIntactAsync(app.Database, keys);
        Assert.Equal(["ada", "al", null, "first", "second", null, "walk-in"], await app.Database.ColumnValuesAsync(Texts));

        var down = (await app.MigrateAsync("down", "--verbose")).ShouldSucceed();
        if (sqlite)
        {
            down.ShouldNotContain("__biab_new");
            Assert.Equal(definitions, await app.Database.ColumnValuesAsync(Tables));
        }
        else
        {
            Assert.Equal(["40", "40"], await app.Database.ColumnValuesAsync(MaxLengths));
        }

        await AssertShopIntactAsync(app.Database, keys);
        Assert.Equal(["ada", "al", null, "first", "second", null, "walk-in"], await app.Database.ColumnValuesAsync(Texts));
    }

    private const string MaxLengths = """
        SELECT CAST(character_maximum_length AS text) FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('nickname', 'note') ORDER BY table_name
        """;

    private const string Texts = "SELECT t FROM (SELECT 1 AS k, id, nickname AS t FROM customers UNION ALL SELECT 2, id, note FROM orders) AS texts ORDER BY k, id";

    [Fact]
    public async Task A_migration_that_leaves_a_row_without_its_parent_fails_and_changes_nothing()
    {
        await using var app = await StartShopAsync("no_action");
        var keys = await app.Database.ColumnValuesAsync(ShopSchemas.Keys);

        app.WithSchema("customer.yaml", ShopSchemas.Customer(withNickname: false));
        app.Rebuild();
        var migration = await app.GenerateAsync("drop nickname");

        // A data step that breaks a reference; with foreign keys off for the rebuild only the final check can catch it.
        var text = File.ReadAllText(migration.Path);
        File.WriteAllText(migration.Path, text.Replace("up:\n", "up:\n  - sql: \"UPDATE orders SET customer_id = 999 WHERE id = 12\"\n", StringComparison.Ordinal));
        app.Rebuild();

        var up = (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace();
        if (app.Database.Provider == "SQLite")
        {
            up.ShouldContain("missing parent row").ShouldContain("Statement: INSERT INTO \"biab_foreign_key_check\"").ShouldNotContain("Statement: PRAGMA");
        }

        Assert.True(await app.Database.ColumnExistsAsync("customers", "nickname"));
        await AssertShopIntactAsync(app.Database, keys);
    }

    [Fact]
    public async Task A_first_migration_of_tables_that_refer_to_each_other_leaves_every_reference_on_a_real_table()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("team.yaml", """
            name: Team
            table: teams
            fields:
              id:   { type: integer, primary: true }
              lead: { type: ref, target: Member, on_delete: set_null }
            """)
            .WithSchema("member.yaml", """
            name: Member
            table: members
            fields:
              id:     { type: integer, primary: true }
              team:   { type: ref, target: Team, on_delete: cascade }
              mentor: { type: ref, target: Member, on_delete: set_null }
            """);
        await app.StartAsync();

        await app.Database.ExecuteAsync("INSERT INTO teams (id) VALUES (1)");
        await app.Database.ExecuteAsync("INSERT INTO members (id, team_id) VALUES (10, 1)");
        await app.Database.ExecuteAsync("INSERT INTO members (id, team_id, mentor_id) VALUES (11, 1, 10)");
        await app.Database.ExecuteAsync("UPDATE teams SET lead_id = 11 WHERE id = 1");
        await app.Database.AssertRejectedAsync("INSERT INTO members (id, team_id) VALUES (12, 999)", "a broken reference");
        await app.Database.AssertRejectedAsync("UPDATE teams SET lead_id = 999 WHERE id = 1", "a broken reference");
        await app.Database.AssertRejectedAsync("UPDATE members SET mentor_id = 999 WHERE id = 10", "a broken reference");
        if (app.Database.Provider == "SQLite")
        {
            var definitions = await app.Database.ColumnValuesAsync("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL");
            Assert.DoesNotContain(definitions, sql => sql!.Contains("__biab", StringComparison.Ordinal));
        }

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.False(await app.Database.TableExistsAsync("members"));
        Assert.False(await app.Database.TableExistsAsync("teams"));
    }

    private async Task<AppUnderTest> StartShopAsync(string onDelete)
    {
        var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", ShopSchemas.Customer())
            .WithSchema("order.yaml", ShopSchemas.Order(onDelete))
            .WithSchema("order_line.yaml", ShopSchemas.OrderLine);
        await app.StartAsync();
        foreach (var statement in ShopSchemas.Rows.Split(";\n"))
        {
            await app.Database.ExecuteAsync(statement);
        }

        return app;
    }

    /// <summary>The same keys as before; references still enforced and pointing at the real tables.</summary>
    private static async Task AssertShopIntactAsync(TestDatabase database, IReadOnlyList<string?> keys)
    {
        Assert.Equal(keys, await database.ColumnValuesAsync(ShopSchemas.Keys));
        if (database.Provider == "SQLite")
        {
            Assert.Empty(await database.QueryAsync("PRAGMA foreign_key_check"));
            var definitions = await database.ColumnValuesAsync("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL");
            Assert.DoesNotContain(definitions, sql => sql!.Contains("__biab", StringComparison.Ordinal));
        }

        await database.ExecuteAsync("INSERT INTO orders (id, customer_id) VALUES (90, 3)");
        await database.ExecuteAsync("INSERT INTO order_lines (id, order_id, quantity) VALUES (900, 90, 1)");
        await database.AssertRejectedAsync("INSERT INTO orders (id, customer_id) VALUES (91, 999)", "a broken reference");
        await database.AssertRejectedAsync("INSERT INTO order_lines (id, order_id, quantity) VALUES (901, 999, 1)", "a broken reference");
        await database.AssertRejectedAsync("UPDATE customers SET referrer_id = 999 WHERE id = 1", "a broken reference");
        await database.ExecuteAsync("DELETE FROM order_lines WHERE id = 900");
        await database.ExecuteAsync("DELETE FROM orders WHERE id = 90");
    }
}

public sealed class SqliteRebuildTests : RebuildScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresRebuildTests : RebuildScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
