using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>
/// The guide's "test rollbacks" on every operation kind `migrate generate` writes: up, rows that the up allows,
/// down, up again. Each down either succeeds or `generate` warned about exactly what stops it (BIAB205, the text
/// asserted here, at its line of the file); where a down fills in values (BIAB204) the rows hold them afterwards.
/// </summary>
public abstract class RollbackScenarios
{
    private const string Product = """
        name: Product
        table: products
        fields:
          id:     { type: integer, primary: true }
          title:  { type: text, required: true }
          sku:    { type: string, max_length: 20, required: true, unique: true }
          status: { type: enum, values: [draft, live], required: true, default: draft }
          stock:  { type: integer, required: true }
        """;

    private const string Customer = """
        name: Customer
        table: customers
        fields:
          id:   { type: integer, primary: true }
          name: { type: string, max_length: 100 }
        """;

    private const string Order = """
        name: Order
        table: orders
        fields:
          id:       { type: integer, primary: true }
          customer: { type: ref, target: Customer, required: true }
          note:     { type: text }
        """;

    private const string Postgres = "PostgreSQL";

    private const string Sqlite = "SQLite";

    private const string ProductRows = "INSERT INTO products (id, title, sku, status, stock) VALUES (1, 'Lamp', 'L-1', 'live', 3), (2, 'Desk', 'D-1', 'draft', 1)";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Dropping_required_columns_rolls_back_with_placeholders_on_a_table_with_rows()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace("  title:  { type: text, required: true }\n", string.Empty, StringComparison.Ordinal)
            .Replace("  status: { type: enum, values: [draft, live], required: true, default: draft }\n", string.Empty, StringComparison.Ordinal)
            .Replace("  stock:  { type: integer, required: true }", string.Empty, StringComparison.Ordinal),
            placeholders:
            [
                "Rollback: the down re-adds products.title as required and fills every row with the placeholder '' (its data is gone). Change the `backfill:` in the migration file to the value rows should get.",
                "Rollback: the down re-adds products.status and fills every row with its default 'draft' (its data is gone). Edit the down in the migration file if rows should get other values.",
                "Rollback: the down re-adds products.stock as required and fills every row with the placeholder 0 (its data is gone). Change the `backfill:` in the migration file to the value rows should get.",
            ],
            mayFail: []);
        Assert.Contains("backfill: \"\"", change.Text, StringComparison.Ordinal);

        await UpAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO products (id, sku) VALUES (3, 'C-1')");

        await DownAsync(app, change, fix: null);
        Assert.Equal(["|draft|0", "|draft|0", "|draft|0"], await app.Database.ColumnValuesAsync("SELECT title || '|' || status || '|' || stock FROM products ORDER BY id"));
        await UpAsync(app);
    }

    [Fact]
    public async Task Making_required_columns_optional_rolls_back_after_rows_hold_nulls()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace("title:  { type: text, required: true }", "title:  { type: text }", StringComparison.Ordinal)
            .Replace("values: [draft, live], required: true,", "values: [draft, live],", StringComparison.Ordinal)
            .Replace("stock:  { type: integer, required: true }", "stock:  { type: integer }", StringComparison.Ordinal),
            placeholders:
            [
                "Rollback: the down makes products.title required again and fills the NULLs rows hold by then with the placeholder ''. Change the `backfill:` in the migration file to the value those rows should get.",
                "Rollback: the down makes products.status required again and fills the NULLs rows hold by then with its default 'draft'. Change the `backfill:` in the migration file to the value those rows should get.",
                "Rollback: the down makes products.stock required again and fills the NULLs rows hold by then with the placeholder 0. Change the `backfill:` in the migration file to the value those rows should get.",
            ],
            mayFail: []);

        await UpAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO products (id, title, sku, status, stock) VALUES (3, NULL, 'C-1', NULL, NULL)");

        await DownAsync(app, change, fix: null);
        Assert.Equal(["Lamp|live|3", "Desk|draft|1", "|draft|0"], await app.Database.ColumnValuesAsync("SELECT title || '|' || status || '|' || stock FROM products ORDER BY id"));
        await UpAsync(app);
    }

    [Fact]
    public async Task Dropping_a_unique_index_warns_that_duplicates_stop_the_rollback()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace(", required: true, unique: true }", ", required: true }", StringComparison.Ordinal),
            placeholders: [],
            mayFail: ["Rollback: the down re-creates unique index ux_products_sku on products (sku): it fails if rows then hold duplicate (sku), which the up allows. Remove the duplicates before `migrate down`."]);

        await UpAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO products (id, title, sku, stock) VALUES (3, 'Lamp again', 'L-1', 1)");

        await DownAsync(app, change, fix: "DELETE FROM products WHERE id = 3", failsOn: [Postgres, Sqlite]);
        await UpAsync(app);
    }

    [Fact]
    public async Task Dropping_a_required_unique_column_warns_that_one_placeholder_in_every_row_stops_the_rollback()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace("  sku:    { type: string, max_length: 20, required: true, unique: true }\n", string.Empty, StringComparison.Ordinal),
            placeholders: ["Rollback: the down re-adds products.sku as required and fills every row with the placeholder '' (its data is gone). Change the `backfill:` in the migration file to the value rows should get."],
            mayFail: ["Rollback: the down re-creates unique index ux_products_sku on products (sku) after filling products.sku with '' in every row: it fails if products has more than one row. Give the rows their own values in the migration file (a `sql:` step before the create_index) before `migrate down`."]);

        await UpAsync(app);
        await DownAsync(app, change, fix: "DELETE FROM products WHERE id > 1", failsOn: [Postgres, Sqlite]);
        Assert.Equal([""], await app.Database.ColumnValuesAsync("SELECT sku FROM products"));
        await UpAsync(app);
    }

    [Fact]
    public async Task Adding_enum_values_warns_that_rows_holding_them_stop_the_rollback()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace("values: [draft, live]", "values: [draft, live, archived]", StringComparison.Ordinal),
            placeholders: [],
            mayFail: ["Rollback: the down restores the values [draft, live] of products.status: it fails while a row holds archived, which the up allows. Change those rows before `migrate down`."]);

        await UpAsync(app);
        await app.Database.ExecuteAsync("UPDATE products SET status = 'archived' WHERE id = 2");

        await DownAsync(app, change, fix: "UPDATE products SET status = 'draft' WHERE status = 'archived'", failsOn: [Postgres, Sqlite]);
        await UpAsync(app);
    }

    [Fact]
    public async Task Widening_types_warns_that_values_which_no_longer_fit_stop_the_rollback()
    {
        await using var app = await StartAsync(("product.yaml", Product));
        await app.Database.ExecuteAsync(ProductRows);

        var change = await GenerateAsync(app, "product.yaml", Product.Replace("max_length: 20", "max_length: 100", StringComparison.Ordinal)
            .Replace("stock:  { type: integer, required: true }", "stock:  { type: bigint, required: true }", StringComparison.Ordinal),
            placeholders: [],
            mayFail:
            [
                "Rollback: the down changes products.sku back from string(100) to string(20): it fails if a row then holds a value that does not fit string(20), which the up allows. Fix those rows (or the down's `using:`) before `migrate down`.",
                "Rollback: the down changes products.stock back from bigint to integer: it fails if a row then holds a value that does not fit integer, which the up allows. Fix those rows (or the down's `using:`) before `migrate down`.",
            ]);

        await UpAsync(app);
        await app.Database.ExecuteAsync($"INSERT INTO products (id, title, sku, stock) VALUES (3, 'Crate', '{new string('C', 60)}', 5000000000)");

        // SQLite stores both in the same way whatever the declared length or width, so its down goes through.
        await DownAsync(app, change, fix: "DELETE FROM products WHERE id = 3", failsOn: [Postgres]);
        await UpAsync(app);
    }

    [Fact]
    public async Task Dropping_a_foreign_key_warns_that_orphan_rows_stop_the_rollback()
    {
        await using var app = await StartAsync(("customer.yaml", Customer), ("order.yaml", Order));
        await app.Database.ExecuteAsync("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
        await app.Database.ExecuteAsync("INSERT INTO orders (id, customer_id) VALUES (10, 1)");

        var change = await GenerateAsync(app, "order.yaml", Order.Replace("customer: { type: ref, target: Customer, required: true }", "customer_id: { type: integer, required: true }", StringComparison.Ordinal),
            placeholders: [],
            mayFail: ["Rollback: the down re-adds foreign key fk_orders_customer_id (orders.customer_id → customers.id): it fails if a row's customer_id then refers to no customers row, which the up allows. Delete or fix those rows before `migrate down`."]);

        await UpAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO orders (id, customer_id) VALUES (11, 999)");

        await DownAsync(app, change, fix: "DELETE FROM orders WHERE customer_id = 999", failsOn: [Postgres, Sqlite]);
        await UpAsync(app);
    }

    [Fact]
    public async Task Dropping_a_required_reference_warns_that_its_placeholder_refers_to_no_row()
    {
        await using var app = await StartAsync(("customer.yaml", Customer), ("order.yaml", Order));
        await app.Database.ExecuteAsync("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
        await app.Database.ExecuteAsync("INSERT INTO orders (id, customer_id) VALUES (10, 1)");

        var change = await GenerateAsync(app, "order.yaml", Order.Replace("  customer: { type: ref, target: Customer, required: true }\n", string.Empty, StringComparison.Ordinal),
            placeholders: ["Rollback: the down re-adds orders.customer_id as required and fills every row with the placeholder 0 (its data is gone). Change the `backfill:` in the migration file to the value rows should get."],
            mayFail: ["Rollback: the down re-adds foreign key fk_orders_customer_id on orders.customer_id after filling that column with 0: it fails if orders has rows and no customers.id is 0. Change the restored value in the migration file to an existing customers.id before `migrate down`."]);

        await UpAsync(app);
        await DownAsync(app, change, fix: "DELETE FROM orders", failsOn: [Postgres, Sqlite]);
        await UpAsync(app);
    }

    [Fact]
    public async Task Additions_renames_relaxations_and_drops_roll_back_on_rows_without_a_warning()
    {
        const string Before = """
            name: Product
            table: products
            fields:
              id:     { type: integer, primary: true }
              title:  { type: text, required: true }
              code:   { type: text }
              status: { type: enum, values: [draft, live, legacy] }
              stock:  { type: integer }
              old_note: { type: text }
            """;
        const string After = """
            name: Product
            table: products
            fields:
              id:     { type: integer, primary: true }
              name:   { type: text, required: true, renamed_from: title }
              code:   { type: integer }
              status: { type: enum, values: [draft, live] }
              stock:  { type: integer, required: true, default: 0 }
              rating: { type: integer }
              maker:  { type: ref, target: Customer }
            indexes:
              - { fields: [rating] }
              - { fields: [code], unique: true }
            """;
        const string Tag = """
            name: Tag
            table: tags
            fields:
              id:    { type: integer, primary: true }
              label: { type: string, max_length: 30, required: true, unique: true }
            """;
        await using var app = await StartAsync(("product.yaml", Before), ("tag.yaml", Tag));
        await app.Database.ExecuteAsync("INSERT INTO products (id, title, code, status, stock, old_note) VALUES (1, 'Lamp', '7', 'live', NULL, 'x'), (2, 'Desk', NULL, 'draft', 2, NULL)");
        await app.Database.ExecuteAsync("INSERT INTO tags (id, label) VALUES (1, 'a'), (2, 'b')");

        app.App.DeleteSchema("tag.yaml");
        app.WithSchema("customer.yaml", Customer);
        var change = await GenerateAsync(app, "product.yaml", After, placeholders: [], mayFail: []);
        foreach (var kind in new[] { "create_table", "drop_table", "add_column", "drop_column", "rename_column", "alter_column", "create_index", "add_foreign_key" })
        {
            Assert.Contains(kind, change.Text, StringComparison.Ordinal);
        }

        await UpAsync(app);
        await app.Database.ExecuteAsync("INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, NULL)");
        await app.Database.ExecuteAsync("INSERT INTO products (id, name, code, status, stock, rating, maker_id) VALUES (3, 'Crate', 9, 'draft', 4, 5, 1), (4, 'Box', NULL, NULL, 0, 5, NULL)");

        await DownAsync(app, change, fix: null);
        Assert.Equal(["Lamp|7", "Desk|", "Crate|9", "Box|"], await app.Database.ColumnValuesAsync("SELECT title || '|' || coalesce(code, '') FROM products ORDER BY id"));
        Assert.Equal(0, await app.Database.CountAsync("tags"));
        await UpAsync(app);
    }

    private async Task<AppUnderTest> StartAsync(params (string File, string Yaml)[] schemas)
    {
        var app = new AppUnderTest(await CreateDatabaseAsync());
        foreach (var (file, yaml) in schemas)
        {
            app.WithSchema(file, yaml);
        }

        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// Edits the schema and generates; requires exactly these rollback warnings at build (BIAB204, BIAB205) and in
    /// generate's output, each naming the file and line where the comment above its down step says the same.
    /// </summary>
    private static async Task<GeneratedMigration> GenerateAsync(AppUnderTest app, string file, string yaml, string[] placeholders, string[] mayFail)
    {
        app.WithSchema(file, yaml);
        var build = app.Rebuild();
        Assert.Equal(placeholders.Order(StringComparer.Ordinal), Messages(build, "BIAB204"));
        Assert.Equal(mayFail.Order(StringComparer.Ordinal), Messages(build, "BIAB205"));

        var migration = await app.GenerateAsync("change");
        var lines = File.ReadAllLines(migration.Path);
        foreach (var message in placeholders.Concat(mayFail))
        {
            var line = Array.IndexOf(lines, "  # " + message) + 1;
            Assert.True(line > 0, $"Expected the comment \"# {message}\" in the migration file:\n{migration.Text}");
            migration.Result.ShouldContain($"{Path.GetFileName(migration.Path)}:{line.ToString(CultureInfo.InvariantCulture)}: {message}");
        }

        if (placeholders.Length + mayFail.Length == 0)
        {
            migration.Result.ShouldNotContain("Rollback:");
        }

        return migration;
    }

    private static async Task UpAsync(AppUnderTest app) => (await app.MigrateAsync("up")).ShouldSucceed();

    /// <summary>
    /// `migrate down`. Where it fails, generate must have warned that it can (BIAB205); <paramref name="fix"/> is what
    /// the user then does to the rows, and down goes through. <paramref name="failsOn"/>: where the rows inserted
    /// after the up really stop it, so the warning is shown to be about a real failure.
    /// </summary>
    private static async Task DownAsync(AppUnderTest app, GeneratedMigration change, string? fix, string[]? failsOn = null)
    {
        var down = await app.MigrateAsync("down");
        var expectedToFail = failsOn?.Contains(app.Database.Provider) ?? false;
        if (down.ExitCode == 0)
        {
            Assert.False(expectedToFail, $"Expected `migrate down` to fail on {app.Database.Provider} with the rows the up allowed.\n{down}");
        }
        else
        {
            var warned = change.Text.Split('\n').Any(line => line.StartsWith("  # Rollback:", StringComparison.Ordinal) && line.Contains(": it fails", StringComparison.Ordinal));
            Assert.True(warned && fix is not null, $"`migrate down` failed without a warning at generate time.\n{down}\n{change.Text}");
            down.ShouldFail(1).ShouldHaveNoStackTrace();
            Assert.True(expectedToFail, $"`migrate down` failed on {app.Database.Provider}, where the test expects it to go through.\n{down}");
            await app.Database.ExecuteAsync(fix!);
            (await app.MigrateAsync("down")).ShouldSucceed();
        }

        Assert.Equal([app.App.MigrationFiles.Select(MigrationFile.IdOf).Min()], await app.Database.AppliedVersionsAsync());
    }

    private static List<string> Messages(AppBuild build, string id) =>
        [.. build.Biab(id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];
}
