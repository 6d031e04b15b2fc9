using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// `sqlite_using:` is SQLite's counterpart of PostgreSQL's `using:`: an expression over the old row that the table
/// rebuild copies instead of the column, still converted to the new type and checked row by row.
/// </summary>
public sealed class SqliteUsingTests
{
    private const string Initial = "id: 20260101000000\ndescription: initial\nup:\n  - create_table: { table: customers, columns: [ { name: id, type: integer, primary: true }, { name: phone, type: string, max_length: 20 } ] }\ndown:\n  - drop_table: { table: customers }\n";

    private const string Digits = "nullif(replace(replace(replace(phone, '+', ''), ' ', ''), '-', ''), '')";

    private static System.Reflection.Assembly Build(string up, string down)
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", Initial)
            .WithMigration("20260102000000_convert.yaml", $"id: 20260102000000\ndescription: convert\nparent: 20260101000000\nup:\n{up}down:\n{down}")
            .Run();
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return MigrationRunner.Load(run);
    }

    private static System.Reflection.Assembly PhoneAsNumber() => Build(
        $"  - alter_column: {{ table: customers, column: {{ name: phone, type: bigint }}, using: \"phone::bigint\", sqlite_using: \"{Digits}\" }}\n",
        "  - alter_column: { table: customers, column: { name: phone, type: string, max_length: 20 }, using: \"phone::varchar\" }\n");

    [Fact]
    public void The_expression_converts_rows_that_the_plain_cast_would_reject()
    {
        var assembly = PhoneAsNumber();
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO customers (id, phone) VALUES (1, '+44 20 7946'), (2, '555-0100'), (3, ''), (4, NULL)");

        MigrationRunner.UpSqlite(assembly, database.Path);

        Assert.Equal("1:44207946:integer,2:5550100:integer,3::null,4::null", database.Query(
            "SELECT group_concat(id || ':' || coalesce(phone, '') || ':' || typeof(phone), ',') FROM (SELECT * FROM customers ORDER BY id)"));
    }

    [Fact]
    public void A_result_that_does_not_convert_fails_the_migration_naming_the_column_and_leaves_the_rows()
    {
        var assembly = PhoneAsNumber();
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO customers (id, phone) VALUES (1, '+44 20 7946'), (2, 'ask reception')");

        var error = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));

        Assert.Contains("customers.phone: a value does not convert to bigint", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("+44 20 7946|ask reception|text", database.Query("SELECT group_concat(phone, '|') || '|' || (SELECT typeof(phone) FROM customers WHERE id = 1) FROM customers"));
    }

    [Fact]
    public void Each_expression_reads_the_column_as_its_own_step_leaves_it()
    {
        var assembly = Build(
            "  - alter_column: { table: customers, column: { name: phone, type: integer }, sqlite_using: \"length(phone)\" }\n" +
            "  - alter_column: { table: customers, column: { name: phone, type: string }, sqlite_using: \"phone * 2\" }\n",
            "  - alter_column: { table: customers, column: { name: phone, type: string, max_length: 20 } }\n");
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO customers (id, phone) VALUES (1, 'abc')");

        MigrationRunner.UpSqlite(assembly, database.Path);

        Assert.Equal("6", database.Query("SELECT phone FROM customers"));
    }

    [Fact]
    public void The_expression_is_used_only_for_SQLite_and_only_where_the_type_changes()
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", Initial)
            .WithMigration("20260102000000_convert.yaml", $"id: 20260102000000\ndescription: convert\nparent: 20260101000000\nup:\n  - alter_column: {{ table: customers, column: {{ name: phone, type: bigint }}, using: \"phone::bigint\", sqlite_using: \"{Digits}\" }}\n  - alter_column: {{ table: customers, column: {{ name: phone, type: bigint, required: true }}, sqlite_using: \"no_such_function(phone)\", backfill: 0 }}\ndown: []\n")
            .Run();

        var source = run.Source("M20260102000000_Convert.g.cs");
        Assert.Contains("USING phone::bigint", source, StringComparison.Ordinal);
        Assert.DoesNotContain("USING nullif", source, StringComparison.Ordinal);
        Assert.Contains("CAST(trim((nullif(", source, StringComparison.Ordinal);
        Assert.DoesNotContain("no_such_function", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite_using: \"\"", "BIAB105", 92)]
    [InlineData("using: \"  \"", "BIAB105", 85)]
    [InlineData("sqlite_usin: \"phone\"", "BIAB103", 78)]
    public void An_empty_expression_is_an_error_at_its_value_and_a_misspelt_key_at_the_key(string key, string id, int column)
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", Initial)
            .WithMigration("20260102000000_convert.yaml", $"id: 20260102000000\ndescription: convert\nparent: 20260101000000\nup:\n  - alter_column: {{ table: customers, column: {{ name: phone, type: bigint }}, {key} }}\ndown: []\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == id);
        Assert.Equal((5, column), EvolvingProject.Position(error));
    }
}
