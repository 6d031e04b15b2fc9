using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>`migrate diagram`: the schema's ER diagram as the build wrote it, and the history graph with its heads.</summary>
public sealed class DiagramCommandTests
{
    [Fact]
    public async Task Diagram_prints_the_schema_and_history_prints_both_heads_of_a_forked_history()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        app.WithMigration("20260101000000_create_customers.yaml", CreateTable(20260101000000, null, "customers", "create \"customers\""));
        app.WithMigration("20260102000000_create_a.yaml", CreateTable(20260102000000, 20260101000000, "a_things", "a"));
        app.WithMigration("20260103000000_create_b.yaml", CreateTable(20260103000000, 20260101000000, "b_things", "b"));
        var build = app.Build();

        var diagram = (await Migrate.RunWithArgumentsAsync(build, ["diagram"])).ShouldSucceed();
        Assert.StartsWith("erDiagram\n    Customer {\n        integer id PK\n", diagram.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var history = (await Migrate.RunWithArgumentsAsync(build, ["diagram", "--history"])).ShouldSucceed();
        Assert.Equal(
            """
            flowchart TD
                m20260101000000["20260101000000 create #quot;customers#quot;"]
                m20260102000000["20260102000000 a"]
                m20260103000000["20260103000000 b"]
                m20260101000000 --> m20260102000000
                m20260101000000 --> m20260103000000
                classDef head stroke-width:3px
                class m20260102000000 head
                class m20260103000000 head

            """.ReplaceLineEndings("\n"),
            history.Output.ReplaceLineEndings("\n"));
    }

    private static string CreateTable(long id, long? parent, string table, string description) =>
        $"id: {id}\ndescription: '{description}'\n" + (parent is null ? string.Empty : $"parent: {parent}\n") +
        $"up:\n  - create_table:\n      table: {table}\n      columns:\n        - {{ name: id, type: integer, primary: true }}\n" +
        $"down:\n  - drop_table: {{ table: {table} }}\n";
}
