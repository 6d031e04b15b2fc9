using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>What is wrong with a migration history is an error at the file, line and column concerned, never a crash.</summary>
public sealed class HistoryErrorTests
{
    private const string Schema = "name: Customer\ntable: customers\nfields:\n  id: { type: integer, primary: true }\n";

    private const string Initial = """
        id: 20260101000000
        description: initial
        up:
          - create_table:
              table: customers
              columns:
                - { name: id, type: integer, primary: true }
        down:
          - drop_table: { table: customers }
        """;

    private static EvolvingProject WithInitial() =>
        new EvolvingProject().Schema("customer.yaml", Schema).AddInitial();

    [Fact]
    public void Dropping_a_column_that_does_not_exist_is_located_at_the_operation()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_drop.yaml", """
            id: 20260102000000
            description: drop a ghost
            parent: 20260101000000
            up:
              - drop_column: { table: customers, column: ghost }
            down: []
            """);

        var error = Assert.Single(history.Run().BiabDiagnostics, d => d.Id == "BIAB109");
        Assert.Equal((5, 5), EvolvingProject.Position(error));
        Assert.Contains("customers.ghost", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_column_that_exists_is_an_error()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_add.yaml", """
            id: 20260102000000
            description: add id again
            parent: 20260101000000
            up:
              - add_column: { table: customers, column: { name: id, type: integer } }
            down:
              - drop_column: { table: customers, column: id }
            """);

        Assert.Contains(history.Run().BiabDiagnostics, d => d.Id == "BIAB109" && EvolvingProject.Position(d) == (5, 5));
    }

    [Fact]
    public void A_down_that_does_not_undo_its_up_is_an_error_at_the_id()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_add.yaml", """
            id: 20260102000000
            description: add phone
            parent: 20260101000000
            up:
              - add_column: { table: customers, column: { name: phone, type: string } }
            down: []
            """);

        var error = Assert.Single(history.Run().BiabDiagnostics, d => d.Id == "BIAB111");
        Assert.Equal((1, 5), EvolvingProject.Position(error));
        Assert.Contains("customers.phone", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_one_parent_are_two_heads_named_with_the_merge_command()
    {
        var history = WithInitial();
        foreach (var (id, column) in new[] { ("20260102000000", "a"), ("20260103000000", "b") })
        {
            history.AddFile($"{id}_{column}.yaml", $"id: {id}\ndescription: add {column}\nparent: 20260101000000\nup:\n  - add_column: {{ table: customers, column: {{ name: {column}, type: integer }} }}\ndown:\n  - drop_column: {{ table: customers, column: {column} }}\n");
        }

        var run = history.Run();
        var heads = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB110");
        var message = heads.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("20260102000000_a.yaml", message, StringComparison.Ordinal);
        Assert.Contains("20260103000000_b.yaml", message, StringComparison.Ordinal);
        Assert.Contains("migrate merge", message, StringComparison.Ordinal);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, heads.Severity);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_parent_that_does_not_exist_is_located_at_the_parent_value()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_x.yaml", "id: 20260102000000\ndescription: x\nparent: 20251231000000\nup: []\ndown: []\n");

        var error = Assert.Single(history.Run().BiabDiagnostics, d => d.Id == "BIAB108");
        Assert.Equal((3, 9), EvolvingProject.Position(error));
    }

    [Fact]
    public void Two_files_with_the_same_id_are_an_error()
    {
        var history = WithInitial();
        history.AddFile("20260101000000_again.yaml", Initial.Replace("description: initial", "description: again", StringComparison.Ordinal));

        Assert.Contains(history.Run().BiabDiagnostics, d => d.Id == "BIAB107");
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("20261301000000")]
    [InlineData("abc")]
    [InlineData("202601010000001")]
    public void An_id_that_is_not_a_utc_timestamp_is_an_error(string id)
    {
        var history = new EvolvingProject().Schema("customer.yaml", Schema);
        history.AddFile("bad.yaml", $"id: {id}\ndescription: bad\nup: []\ndown: []\n");

        var error = Assert.Single(history.Run().BiabDiagnostics, d => d.Id == "BIAB106");
        Assert.Equal((1, 5), EvolvingProject.Position(error));
    }

    [Fact]
    public void An_unknown_operation_suggests_the_closest_one()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_x.yaml", "id: 20260102000000\ndescription: x\nparent: 20260101000000\nup:\n  - add_colum: { table: customers }\ndown: []\n");

        var error = Assert.Single(history.Run().BiabDiagnostics, d => d.Id == "BIAB103");
        Assert.Equal((5, 5), EvolvingProject.Position(error));
        Assert.Contains("Did you mean 'add_column'?", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_migration_file_that_is_not_yaml_is_an_error_and_the_rest_still_builds()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_x.yaml", "id: 20260102000000\nup: [ { add_column: \n");

        var run = history.Run();
        Assert.Contains(run.BiabDiagnostics, d => d.Id == "BIAB101");
        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.HintNames, h => h.Contains("M20260101000000_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_file_without_a_parent_is_an_error()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_x.yaml", "id: 20260102000000\ndescription: x\nup: []\ndown: []\n");

        Assert.Contains(history.Run().BiabDiagnostics, d => d.Id == "BIAB114");
    }

    [Fact]
    public void A_table_referenced_by_a_foreign_key_cannot_be_dropped_first()
    {
        var history = WithInitial();
        history.AddFile("20260102000000_orders.yaml", """
            id: 20260102000000
            description: orders
            parent: 20260101000000
            up:
              - create_table: { table: orders, columns: [ { name: id, type: integer, primary: true }, { name: customer_id, type: integer } ] }
              - add_foreign_key: { table: orders, column: customer_id, references: { table: customers, column: id } }
              - drop_table: { table: customers }
            down: []
            """);

        Assert.Contains(history.Run().BiabDiagnostics, d => d.Id == "BIAB109" && EvolvingProject.Position(d) == (7, 5));
    }
}

internal static class EvolvingProjectExtensions
{
    public static EvolvingProject AddInitial(this EvolvingProject history)
    {
        history.AddFile("20260101000000_initial.yaml", """
            id: 20260101000000
            description: initial
            up:
              - create_table:
                  table: customers
                  columns:
                    - { name: id, type: integer, primary: true }
            down:
              - drop_table: { table: customers }
            """);
        return history;
    }
}
