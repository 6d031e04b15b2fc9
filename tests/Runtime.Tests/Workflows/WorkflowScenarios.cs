using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>
/// The seed's workflows that must work on every supported database, each with real rows: edit schema → rebuild →
/// pending-change warning → `migrate generate` → rebuild → `migrate up` (and `down`).
/// </summary>
public abstract class WorkflowScenarios
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private protected async Task<AppUnderTest> CreateAppAsync() => new(await CreateDatabaseAsync());

    [Fact]
    public async Task Adding_a_field_captures_it_in_a_migration_and_keeps_the_rows()
    {
        await using var app = await CreateAppAsync();
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'alan@example.com')");

        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        var pending = app.Rebuild().PendingChangeWarnings.ToList();
        Assert.True(pending.Count > 0, "Expected a pending-change warning after adding a field:\n" + app.Build.Describe());
        Assert.Contains(pending, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("phone", StringComparison.Ordinal));

        var migration = await app.GenerateAsync("add phone");
        Assert.Contains("add_phone", Path.GetFileName(migration.Path), StringComparison.Ordinal);
        // The editor's JSON Schema, by the yaml-language-server comment; the rebuild below parses the file with it.
        Assert.StartsWith("# yaml-language-server: $schema=https://raw.githubusercontent.com/backend-in-a-box/backend-in-a-box-dotnet/main/schemas/migration-file.schema.json\nid: ", migration.Text, StringComparison.Ordinal);
        Assert.Contains("add_column", migration.Text, StringComparison.Ordinal);
        Assert.Empty(app.Build.PendingChangeWarnings);
        Assert.False(await app.Database.ColumnExistsAsync("customers", "phone"));

        (await app.MigrateAsync("up")).ShouldSucceed().ShouldContain(migration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await app.Database.ColumnExistsAsync("customers", "phone"));
        await app.Database.ExecuteAsync("UPDATE customers SET phone = '+44 20 7946' WHERE id = 1");
        Assert.Equal(["ada@example.com", "alan@example.com"], await app.Database.ColumnValuesAsync("SELECT email FROM customers ORDER BY id"));

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("customers", "phone"));
        Assert.Equal(2, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task Adding_a_model_with_a_reference_creates_its_table_and_foreign_key()
    {
        await using var app = await CreateAppAsync();
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");

        app.WithSchema("order.yaml", Schemas.Order);
        Assert.NotEmpty(app.Rebuild().PendingChangeWarnings);
        var migration = await app.GenerateAsync("add orders");
        Assert.Contains("create_table", migration.Text, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Equal(["customer_id", "id", "total"], (await app.Database.ColumnsAsync("orders")).Order(StringComparer.Ordinal));
        await app.Database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 12.50, 1)");
        Assert.Equal(1, await app.Database.CountAsync("orders"));
        await app.Database.AssertRejectedAsync("INSERT INTO orders (id, total, customer_id) VALUES (11, 1, 999)", "an order for a customer that does not exist");

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.False(await app.Database.TableExistsAsync("orders"));
        Assert.Equal(1, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task Changing_a_string_field_to_integer_converts_the_rows()
    {
        await using var app = await CreateAppAsync();
        app.WithSchema("ticket.yaml", Schemas.TicketWithTextCode);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO tickets (id, code) VALUES (1, '42'), (2, '7')");

        app.WithSchema("ticket.yaml", Schemas.TicketWithIntegerCode);
        Assert.NotEmpty(app.Rebuild().PendingChangeWarnings);
        var migration = await app.GenerateAsync("code to integer");
        Assert.Contains("alter_column", migration.Text, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Contains("int", await app.Database.ColumnTypeAsync("tickets", "code") ?? "", StringComparison.OrdinalIgnoreCase);
        var codes = await app.Database.QueryAsync("SELECT code FROM tickets ORDER BY id");
        Assert.All(codes, row => Assert.True(row[0] is int or long, $"Expected an integer value, got {row[0]?.GetType().Name ?? "null"}"));
        Assert.Equal([42L, 7L], codes.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, await app.Database.CountAsync("tickets"));
    }

    [Fact]
    public async Task A_type_change_the_data_does_not_fit_goes_through_after_editing_the_conversion_as_the_README_says()
    {
        // The README's own examples: each database's conversion is taken from there, so the README cannot drift from what works.
        const string Using = "using: \"nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '')::bigint\"";
        const string SqliteUsing = "sqlite_using: \"nullif(replace(replace(replace(phone, '+', ''), ' ', ''), '-', ''), '')\"";
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains($"`{Using}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{SqliteUsing}`", readme, StringComparison.Ordinal);

        await using var app = await CreateAppAsync();
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email, phone) VALUES (1, 'ada@example.com', '+44 20 7946'), (2, 'alan@example.com', '555-0100'), (3, 'grace@example.com', NULL)");

        app.WithSchema("customer.yaml", Schemas.CustomerWithNumericPhone);
        app.Rebuild();
        var migration = await app.GenerateAsync("phone as number");
        (await app.MigrateAsync("up")).ShouldFail();
        Assert.Equal(["+44 20 7946", "555-0100", null], await app.Database.ColumnValuesAsync("SELECT phone FROM customers ORDER BY id"));

        var generated = "using: \"phone::bigint\"";
        Assert.Contains(generated, migration.Text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(migration.Path, migration.Text.Replace(generated, Using + ", " + SqliteUsing, StringComparison.Ordinal));
        app.Rebuild();
        (await app.MigrateAsync("up")).ShouldSucceed();

        var phones = await app.Database.QueryAsync("SELECT phone FROM customers ORDER BY id");
        Assert.Equal([44207946L, 5550100L, null], phones.Select(r => r[0] is null ? (long?)null : Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(phones.Take(2), row => Assert.True(row[0] is int or long, $"Expected an integer value, got {row[0]?.GetType().Name ?? "null"}"));
    }
}
