using System.Globalization;
using System.Text.Json;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>The seed's workflows end to end on a real PostgreSQL, each on a fresh database with real rows.</summary>
public sealed class PostgresWorkflowTests : WorkflowScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();

    [Fact]
    public async Task Init_creates_the_database_writes_the_first_migration_and_migrates()
    {
        var database = await PostgresServer.ReserveDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        Assert.NotEmpty(app.Build.PendingChangeWarnings);

        var init = (await app.MigrateAsync("init")).ShouldSucceed();
        Assert.True(await database.ExistsAsync(), "`migrate init` did not create the database.\n" + init);
        var first = Assert.Single(app.App.MigrationFiles);
        Assert.Contains("create_table", File.ReadAllText(first), StringComparison.Ordinal);

        // The file init wrote becomes a migration class at the next build; init then has it to apply.
        app.Rebuild();
        Assert.Empty(app.Build.PendingChangeWarnings);
        (await app.MigrateAsync("init")).ShouldSucceed();
        Assert.Equal(["email", "id"], (await database.ColumnsAsync("customers")).Order(StringComparer.Ordinal));
        await database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        Assert.Equal([MigrationFile.IdOf(first)], await database.AppliedVersionsAsync());

        (await app.MigrateAsync("init")).ShouldSucceed();
        Assert.Single(app.App.MigrationFiles);
        Assert.Equal(1, await database.CountAsync("customers"));
    }

    [Fact]
    public async Task Removing_a_field_warns_about_data_loss_drops_the_column_and_down_restores_it()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.CustomerWithAge);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email, age) VALUES (1, 'ada@example.com', 36), (2, 'alan@example.com', 41)");

        app.WithSchema("customer.yaml", Schemas.Customer);
        var warnings = app.Rebuild().BiabWarnings.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(warnings, m => m.Contains("age", StringComparison.Ordinal) && m.Contains("data", StringComparison.OrdinalIgnoreCase));

        var migration = await app.GenerateAsync("remove age");
        migration.Result.ShouldContain("customers.age").ShouldContain("data");
        Assert.Contains("drop_column", migration.Text, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("customers", "age"));
        Assert.Equal(2, await app.Database.CountAsync("customers"));

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.True(await app.Database.ColumnExistsAsync("customers", "age"));
        Assert.Equal("integer", await app.Database.ColumnTypeAsync("customers", "age"));
        Assert.Equal(2, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task A_failing_type_conversion_leaves_the_table_and_its_rows_untouched()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("ticket.yaml", Schemas.TicketWithTextCode);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO tickets (id, code) VALUES (1, '42'), (2, 'abc')");

        app.WithSchema("ticket.yaml", Schemas.TicketWithIntegerCode);
        app.Rebuild();
        var migration = await app.GenerateAsync("code to integer");

        var up = (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace();
        up.ShouldContain(migration.Id.ToString(CultureInfo.InvariantCulture)).ShouldContain("ALTER").ShouldContain("invalid input syntax");
        Assert.Equal("character varying", await app.Database.ColumnTypeAsync("tickets", "code"));
        Assert.Equal(["42", "abc"], await app.Database.ColumnValuesAsync("SELECT code FROM tickets ORDER BY id"));
        Assert.Equal([initial.Id], await app.Database.AppliedVersionsAsync());
    }

    [Fact]
    public async Task A_data_migration_moves_first_and_last_name_into_full_name_and_down_reverses_it()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("person.yaml", Person("first_name: { type: string, max_length: 100 }", "last_name: { type: string, max_length: 100 }"));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing')");

        app.WithSchema("person.yaml", Person(
            "first_name: { type: string, max_length: 100 }", "last_name: { type: string, max_length: 100 }", "full_name: { type: string, max_length: 201 }"));
        app.Rebuild();
        await app.GenerateAsync("add full name");

        var data = await app.GenerateAsync("fill full name", "--empty");
        Assert.Empty(app.Build.PendingChangeWarnings);
        MigrationFile.ReplaceOperations(
            data.Path,
            up: "  - sql: \"UPDATE people SET full_name = first_name || ' ' || last_name\"\n",
            down: "  - sql: \"UPDATE people SET first_name = split_part(full_name, ' ', 1), last_name = split_part(full_name, ' ', 2)\"\n");
        app.Rebuild();

        app.WithSchema("person.yaml", Person("full_name: { type: string, max_length: 201 }"));
        app.Rebuild();
        var drop = await app.GenerateAsync("drop first and last name");
        drop.Result.ShouldContain("first_name").ShouldContain("last_name");

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Equal(["full_name", "id"], (await app.Database.ColumnsAsync("people")).Order(StringComparer.Ordinal));
        Assert.Equal(["Ada Lovelace", "Alan Turing"], await app.Database.ColumnValuesAsync("SELECT full_name FROM people ORDER BY id"));

        (await app.MigrateAsync("down", "2")).ShouldSucceed();
        Assert.Equal(["Ada", "Alan"], await app.Database.ColumnValuesAsync("SELECT first_name FROM people ORDER BY id"));
        Assert.Equal(["Lovelace", "Turing"], await app.Database.ColumnValuesAsync("SELECT last_name FROM people ORDER BY id"));

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("people", "full_name"));
    }

    [Fact]
    public async Task A_rename_marked_with_renamed_from_keeps_the_data()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("person.yaml", Person("name: { type: string, max_length: 100 }"));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO people (id, name) VALUES (1, 'Ada'), (2, 'Alan')");

        app.WithSchema("person.yaml", Person("display_name: { type: string, max_length: 100, renamed_from: name }"));
        app.Rebuild();
        var migration = await app.GenerateAsync("rename name");
        Assert.Contains("rename_column", migration.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("drop_column", migration.Text, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.False(await app.Database.ColumnExistsAsync("people", "name"));
        Assert.Equal(["Ada", "Alan"], await app.Database.ColumnValuesAsync("SELECT display_name FROM people ORDER BY id"));

        (await app.MigrateAsync("down")).ShouldSucceed();
        Assert.Equal(["Ada", "Alan"], await app.Database.ColumnValuesAsync("SELECT name FROM people ORDER BY id"));
    }

    [Fact]
    public async Task Two_branches_make_two_heads_that_merge_resolves()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");

        // Branch A adds a field; branch B (made without A's file) adds a model; then both land in one tree.
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        app.Rebuild();
        var branchA = await app.GenerateAsync("add phone");
        var parkedA = branchA.Path + ".parked";
        File.Move(branchA.Path, parkedA);
        app.WithSchema("customer.yaml", Schemas.Customer);
        app.WithSchema("order.yaml", Schemas.Order);
        app.Rebuild();
        var branchB = await app.GenerateAsync("add orders");
        Assert.Contains($"parent: {initial.Id}", branchB.Text, StringComparison.Ordinal);
        File.Move(parkedA, branchA.Path);
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);

        var diverged = app.Rebuild();
        var heads = Assert.Single(diverged.Biab("BIAB110"));
        Assert.Contains("merge", heads.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        (await Migrate.RunWithArgumentsAsync(diverged, ["merge"])).ShouldSucceed();
        var merged = app.Rebuild();
        Assert.Empty(merged.Biab("BIAB110"));
        Assert.Empty(merged.PendingChangeWarnings);

        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.True(await app.Database.ColumnExistsAsync("customers", "phone"));
        Assert.True(await app.Database.TableExistsAsync("orders"));
        Assert.Equal([initial.Id, branchA.Id, branchB.Id], (await app.Database.AppliedVersionsAsync()).Order());
        Assert.Equal(1, await app.Database.CountAsync("customers"));
    }

    [Fact]
    public async Task Status_lists_applied_and_pending_migrations_uncaptured_changes_and_edited_files()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        app.WithSchema("customer.yaml", Schemas.CustomerWithPhone);
        app.Rebuild();
        var pending = await app.GenerateAsync("add phone");
        app.WithSchema("order.yaml", Schemas.Order);
        app.Rebuild();

        var password = ((PostgresDatabase)app.Database).Settings.Password!;
        // The uncaptured orders table needs attention: exit 3.
        var text = (await app.MigrateAsync("status")).ShouldFail(3).ShouldNotContain(password);
        text.ShouldContain("PostgreSQL").ShouldContain(((PostgresDatabase)app.Database).Name)
            .ShouldContain(initial.Id.ToString(CultureInfo.InvariantCulture))
            .ShouldContain(pending.Id.ToString(CultureInfo.InvariantCulture))
            .ShouldContain("pending")
            .ShouldContain("orders");

        var json = (await app.MigrateAsync("status", "--json")).ShouldFail(3).ShouldNotContain(password);
        using var document = JsonDocument.Parse(json.StandardOutput);
        var numbers = Numbers(document.RootElement).ToList();
        Assert.Contains(initial.Id, numbers);
        Assert.Contains(pending.Id, numbers);

        // A file edited after it was applied no longer matches the hash recorded when it ran.
        File.AppendAllText(initial.Path, "# reviewed\n");
        app.Rebuild();
        (await app.MigrateAsync("status")).ShouldContain(Path.GetFileName(initial.Path));
    }

    [Fact]
    public async Task Script_prints_the_sql_without_touching_the_database()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.GenerateAsync("initial schema");

        var up = (await app.MigrateAsync("script")).ShouldSucceed();
        up.ShouldContain("CREATE TABLE").ShouldContain("customers");
        Assert.False(await app.Database.TableExistsAsync("customers"));

        var file = Path.Combine(app.App.Directory, "up.sql");
        (await app.MigrateAsync("script", "--output", file)).ShouldSucceed();
        Assert.Contains("CREATE TABLE", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.False(await app.Database.TableExistsAsync("customers"));

        (await app.MigrateAsync("up")).ShouldSucceed();
        (await app.MigrateAsync("script", "--down")).ShouldSucceed().ShouldContain("DROP TABLE");
        Assert.True(await app.Database.TableExistsAsync("customers"));
    }

    private static string Person(params string[] fields) =>
        "name: Person\ntable: people\nfields:\n  id: { type: integer, primary: true }\n" + string.Concat(fields.Select(f => "  " + f + "\n"));

    private static IEnumerable<long> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var n) => [n],
        JsonValueKind.String when long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => [s],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };
}
