using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// Every kind of schema change becomes the right pending change, with its warnings, and the migration written from it
/// round-trips: the next build has no pending change and no diagnostic (the down check included).
/// </summary>
public sealed class PendingChangeTests
{
    private const string Customer = """
        name: Customer
        table: customers
        fields:
          id:    { type: integer, primary: true }
          email: { type: string, required: true, max_length: 200 }
          age:   { type: integer }
        """;

    private static EvolvingProject Started(string schema = Customer)
    {
        var history = new EvolvingProject().Schema("customer.yaml", schema);
        history.Generate("initial");
        EvolvingProject.AssertClean(history.Run());
        return history;
    }

    [Fact]
    public void No_migrations_yet_means_the_whole_schema_is_pending_at_the_schema_file()
    {
        var run = new EvolvingProject().Schema("customer.yaml", Customer).Run();

        var warning = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB200");
        Assert.Equal((1, 7), EvolvingProject.Position(warning));
        Assert.Equal(GeneratorHarness.SchemaDirectory + "/customer.yaml", warning.Location.GetLineSpan().Path);
        Assert.Contains("table customers added", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("migrate generate", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_change_is_reported_once_at_the_schema_file_it_belongs_to()
    {
        var history = Started();
        history.Schema("tag.yaml", "name: Tag\nfields:\n  id: { type: integer, primary: true }\n  label: { type: text }");
        history.Schema("note.yaml", "name: Note\nfields:\n  id: { type: integer, primary: true }");
        history.Generate("tags and notes");
        history.Schema("customer.yaml", Customer + "\n  phone: { type: string, max_length: 20 }");
        history.Schema("tag.yaml", "name: Tag\nfields:\n  id: { type: integer, primary: true }");

        var warnings = history.Run().BiabDiagnostics.Where(d => d.Id == "BIAB200").ToList();

        Assert.Equal(2, warnings.Count);
        var byFile = warnings.ToDictionary(w => Path.GetFileName(w.Location.GetLineSpan().Path), w => w.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("customers.phone added", byFile["customer.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("tags.label", byFile["customer.yaml"], StringComparison.Ordinal);
        Assert.Contains("tags.label dropped", byFile["tag.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("customers.phone", byFile["tag.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_dropped_and_one_added_with_the_same_columns_says_how_to_keep_its_rows()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("name: Customer\ntable: customers", "name: Client", StringComparison.Ordinal));

        var message = Assert.Single(EvolvingProject.Messages(history.Run(), "BIAB202"));
        Assert.Equal("Table customers is dropped and table clients added with the same columns: if model Client is the table customers, add `table: customers` to it to keep the name, or the rows of customers are lost.", message);
    }

    [Fact]
    public void Adding_a_field_is_an_add_column_and_nothing_else()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer + "\n  phone: { type: string, max_length: 20 }");

        var run = history.Run();
        Assert.Contains("customers.phone added", Assert.Single(EvolvingProject.Messages(run, "BIAB200")), StringComparison.Ordinal);
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB201");
        Assert.Equal(
            "stored_forms: 3\nup:\n  - add_column: { table: customers, column: { name: phone, type: string, max_length: 20 } }\ndown:\n  - drop_column: { table: customers, column: phone }\n",
            ManifestReader.PendingYaml(run));

        history.Generate("add phone");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Removing_a_field_warns_about_data_loss_and_down_restores_the_column()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("  age:   { type: integer }", string.Empty, StringComparison.Ordinal));

        var run = history.Run();
        var loss = Assert.Single(EvolvingProject.Messages(run, "BIAB201"));
        Assert.Contains("customers.age", loss, StringComparison.Ordinal);
        Assert.Contains("data", loss, StringComparison.Ordinal);
        Assert.Contains("add_column: { table: customers, column: { name: age, type: integer } }", ManifestReader.PendingYaml(run), StringComparison.Ordinal);

        history.Generate("remove age");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void A_field_marked_renamed_from_is_a_rename_not_a_drop_and_add()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("  age:   { type: integer }", "  years: { type: integer, renamed_from: age }", StringComparison.Ordinal));

        var run = history.Run();
        Assert.Equal(
            "stored_forms: 3\nup:\n  - rename_column: { table: customers, column: age, to: years }\ndown:\n  - rename_column: { table: customers, column: years, to: age }\n",
            ManifestReader.PendingYaml(run));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id is "BIAB201" or "BIAB202");

        history.Generate("rename age");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Removing_a_required_field_restores_it_in_down_with_a_placeholder_before_making_it_required()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("  email: { type: string, required: true, max_length: 200 }\n", string.Empty, StringComparison.Ordinal));

        var run = history.Run();
        var warning = Assert.Single(EvolvingProject.Messages(run, "BIAB204"));
        Assert.Equal(
            "Rollback: the down re-adds customers.email as required and fills every row with the placeholder '' (its data is gone). Change the `backfill:` in the migration file to the value rows should get.",
            warning);
        Assert.EndsWith(
            "down:\n" +
            "  - add_column: { table: customers, column: { name: email, type: string, max_length: 200 } }\n" +
            $"  # {warning}\n" +
            "  - alter_column: { table: customers, column: { name: email, type: string, max_length: 200, required: true }, backfill: \"\" }\n",
            ManifestReader.PendingYaml(run),
            StringComparison.Ordinal);

        history.Generate("remove email");
        EvolvingProject.AssertClean(history.Run());
    }

    [Theory]
    [InlineData("{ type: text, required: true }", "backfill: \"\"")]
    [InlineData("{ type: bigint, required: true }", "backfill: 0")]
    [InlineData("{ type: decimal, precision: 8, scale: 2, required: true }", "backfill: 0")]
    [InlineData("{ type: boolean, required: true }", "backfill: false")]
    [InlineData("{ type: date, required: true }", "backfill: 1970-01-01")]
    [InlineData("{ type: datetimetz, required: true, default: now }", "backfill: \"1970-01-01T00:00:00\"")]
    [InlineData("{ type: uuid, required: true }", "backfill: 00000000-0000-0000-0000-000000000000")]
    [InlineData("{ type: enum, values: [draft, done], required: true }", "backfill: draft")]
    [InlineData("{ type: json, required: true }", "backfill: \"{}\"")]
    [InlineData("{ type: integer, required: true, default: 7 }", "backfill: 7")]
    public void Making_a_required_field_optional_backfills_the_nulls_in_down_with_its_default_or_a_placeholder(string field, string backfill)
    {
        var history = Started(Customer + "\n  extra: " + field);
        history.Schema("customer.yaml", Customer + "\n  extra: " + field.Replace("required: true", "required: false", StringComparison.Ordinal));

        var run = history.Run();
        var down = ManifestReader.PendingYaml(run)!.Split("down:\n")[1];
        Assert.Contains(backfill + " }", down, StringComparison.Ordinal);
        Assert.Contains("customers.extra required again", Assert.Single(EvolvingProject.Messages(run, "BIAB204")), StringComparison.Ordinal);

        history.Generate("extra optional");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void A_required_binary_column_has_no_placeholder_so_its_rollback_is_warned_as_failing_on_rows()
    {
        var history = Started(Customer + "\n  photo: { type: binary, required: true }");
        history.Schema("customer.yaml", Customer);

        var run = history.Run();
        Assert.Equal(
            "Rollback: the down re-adds customers.photo as required, and no constant can fill a binary column: it fails if customers has rows. Fill it with a `sql:` step before the alter_column.",
            Assert.Single(EvolvingProject.Messages(run, "BIAB205")));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB204");
        Assert.DoesNotContain("backfill", ManifestReader.PendingYaml(run), StringComparison.Ordinal);

        history.Generate("drop photo");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void A_dropped_unique_column_with_new_uuids_as_default_rolls_back_without_a_unique_warning()
    {
        var history = Started(Customer + "\n  token: { type: uuid, required: true, default: new, unique: true }");
        history.Schema("customer.yaml", Customer);

        var run = history.Run();
        Assert.Equal(
            "Rollback: the down re-adds customers.token and fills every row with new UUIDs (its data is gone). Edit the down in the migration file if rows should get other values.",
            Assert.Single(EvolvingProject.Messages(run, "BIAB204")));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB205");
    }

    [Fact]
    public void An_unmarked_drop_and_add_of_the_same_type_warns_that_it_looks_like_a_rename()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("  age:   { type: integer }", "  years: { type: integer }", StringComparison.Ordinal));

        var run = history.Run();
        var warning = Assert.Single(EvolvingProject.Messages(run, "BIAB202"));
        Assert.Contains("renamed_from: age", warning, StringComparison.Ordinal);
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("customers.age", StringComparison.Ordinal));
    }

    [Fact]
    public void A_string_to_integer_change_is_an_alter_column_with_a_using_cast_and_a_narrowing_warning()
    {
        var history = Started(Customer.Replace("age:   { type: integer }", "age:   { type: string, max_length: 3 }", StringComparison.Ordinal));
        history.Schema("customer.yaml", Customer);

        var run = history.Run();
        Assert.Contains("customers.age: string(3) → integer", Assert.Single(EvolvingProject.Messages(run, "BIAB200")), StringComparison.Ordinal);
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("narrows", StringComparison.Ordinal));
        Assert.Equal(
            "stored_forms: 3\nup:\n  - alter_column: { table: customers, column: { name: age, type: integer }, using: \"age::integer\" }\n" +
            "down:\n" +
            "  # Rollback: the down changes customers.age back from integer to string(3): it fails if a row then holds a value that does not fit string(3), which the up allows. Fix those rows (or the down's `using:`) before `migrate down`.\n" +
            "  - alter_column: { table: customers, column: { name: age, type: string, max_length: 3 }, using: \"age::varchar\" }\n",
            ManifestReader.PendingYaml(run));
        Assert.Contains("back from integer to string(3)", Assert.Single(EvolvingProject.Messages(run, "BIAB205")), StringComparison.Ordinal);

        history.Generate("age to integer");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Widening_a_string_is_not_data_loss()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("max_length: 200", "max_length: 300", StringComparison.Ordinal));

        var run = history.Run();
        Assert.Contains("customers.email: string(200) → string(300)", Assert.Single(EvolvingProject.Messages(run, "BIAB200")), StringComparison.Ordinal);
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB201");
    }

    [Fact]
    public void Making_a_field_required_with_a_default_backfills_the_nulls_first()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("age:   { type: integer }", "age:   { type: integer, required: true, default: 0 }", StringComparison.Ordinal));

        var run = history.Run();
        Assert.Contains("backfill: 0", ManifestReader.PendingYaml(run), StringComparison.Ordinal);
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB203");
        history.Generate("age required");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Making_a_field_required_without_a_default_warns_that_a_default_is_needed()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("age:   { type: integer }", "age:   { type: integer, required: true }", StringComparison.Ordinal));

        var warning = Assert.Single(EvolvingProject.Messages(history.Run(), "BIAB203"));
        Assert.Contains("customers.age", warning, StringComparison.Ordinal);
        Assert.Contains("default", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_model_with_a_reference_creates_its_table_indexes_and_foreign_key()
    {
        var history = Started();
        history.Schema("order.yaml", """
            name: Order
            fields:
              id:       { type: bigint, primary: true }
              number:   { type: string, max_length: 20, required: true, unique: true }
              customer: { type: ref, target: Customer, required: true, on_delete: cascade }
            indexes:
              - { fields: [customer] }
            """);

        var yaml = ManifestReader.PendingYaml(history.Run())!;
        Assert.Contains("create_table:\n      table: orders", yaml, StringComparison.Ordinal);
        Assert.Contains("- { name: customer_id, type: integer, required: true }", yaml, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: orders, name: ux_orders_number, columns: [number], unique: true }", yaml, StringComparison.Ordinal);
        Assert.Contains("add_foreign_key: { table: orders, column: customer_id, references: { table: customers, column: id }, on_delete: cascade, name: fk_orders_customer_id }", yaml, StringComparison.Ordinal);

        history.Generate("add orders");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Removing_a_model_drops_its_table_with_a_data_loss_warning_and_down_recreates_it()
    {
        var history = Started();
        history.Schema("tag.yaml", "name: Tag\nfields:\n  id: { type: uuid, primary: true, default: new }\n  label: { type: string, max_length: 30, unique: true }\n");
        history.Generate("add tags");
        history.RemoveSchema("tag.yaml");

        var run = history.Run();
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("table tags", StringComparison.Ordinal));
        var yaml = ManifestReader.PendingYaml(run)!;
        Assert.Contains("- drop_table: { table: tags }", yaml, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: tags, name: ux_tags_label, columns: [label], unique: true }", yaml, StringComparison.Ordinal);

        history.Generate("drop tags");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Changing_enum_values_alters_the_column_and_removing_a_value_warns()
    {
        var history = Started(Customer + "\n  tier: { type: enum, values: [free, pro, legacy], default: free }");
        history.Schema("customer.yaml", Customer + "\n  tier: { type: enum, values: [free, pro, team], default: free }");

        var run = history.Run();
        Assert.Contains("values: [free, pro, team]", ManifestReader.PendingYaml(run), StringComparison.Ordinal);
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("legacy", StringComparison.Ordinal));

        history.Generate("tiers");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Adding_an_index_and_a_unique_constraint()
    {
        var history = Started();
        history.Schema("customer.yaml", Customer.Replace("max_length: 200 }", "max_length: 200, unique: true }", StringComparison.Ordinal) + "\nindexes:\n  - { fields: [age] }");

        var yaml = ManifestReader.PendingYaml(history.Run())!;
        Assert.Contains("create_index: { table: customers, name: ix_customers_age, columns: [age] }", yaml, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: customers, name: ux_customers_email, columns: [email], unique: true }", yaml, StringComparison.Ordinal);

        history.Generate("indexes");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void A_default_with_quotes_and_sql_is_data_in_the_migration_never_sql()
    {
        var history = Started(Customer + "\n  note: { type: string, max_length: 100, default: \"it's'); DROP TABLE customers; --\" }");
        var run = history.Run();
        EvolvingProject.AssertClean(run);

        var sql = MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL");
        Assert.Contains("DEFAULT 'it''s''); DROP TABLE customers; --'", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_with_a_line_break_stays_on_the_line_of_the_rollback_comment()
    {
        var history = Started(Customer + "\n  note: { type: string, max_length: 100, required: true, default: \"a\\nage: 1\" }");
        history.Schema("customer.yaml", Customer);

        var run = history.Run();
        var warning = Assert.Single(EvolvingProject.Messages(run, "BIAB204"));
        Assert.Contains("its default 'a\\u000aage: 1'", warning, StringComparison.Ordinal);
        Assert.Contains($"  # {warning}\n  - add_column:", ManifestReader.PendingYaml(run), StringComparison.Ordinal);

        history.Generate("drop note");
        EvolvingProject.AssertClean(history.Run());
    }
}
