using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>
/// A generated C# type that would collide with another one (or with a name the generated code needs) is BIAB023 at
/// the YAML line that makes it, never a compiler error inside generated code; the other models still generate.
/// </summary>
public sealed class TypeNameCollisionTests
{
    private const string Team = "name: Team\nfields:\n  id: { type: uuid, primary: true }\n";
    private const string Init = "id: 20260101000000\ndescription: init\nup: []\ndown: []\n";

    public static TheoryData<string, string[], string, int, int, string, string> Cases => new()
    {
        // name, files (path, yaml, path, yaml...), file of the error, line, column, text in the message, model left out
        {
            "enum named like a model",
            ["user.yaml", "name: User\nfields:\n  id: { type: uuid, primary: true }\n  role: { type: enum, values: [admin, guest] }\n", "user_role.yaml", "name: UserRole\nfields:\n  id: { type: uuid, primary: true }\n"],
            "user.yaml", 4, 3, "The enum of field User.role would be the C# type UserRole, which is already model UserRole (user_role.yaml)", "User"
        },
        {
            "enum named like another enum's converter",
            ["user.yaml", "name: User\nfields:\n  id: { type: uuid, primary: true }\n  role: { type: enum, values: [a] }\n  role_values: { type: enum, values: [b] }\n"],
            "user.yaml", 5, 3, "The enum of field User.role_values would be the C# type UserRoleValues, which is already the converter class of field User.role", "User"
        },
        {
            "enums of two models",
            ["order.yaml", "name: Order\ntable: orders\nfields:\n  id: { type: uuid, primary: true }\n  line_state: { type: enum, values: [a] }\n", "order_line.yaml", "name: OrderLine\nfields:\n  id: { type: uuid, primary: true }\n  state: { type: enum, values: [b] }\n"],
            "order_line.yaml", 4, 3, "The enum of field OrderLine.state would be the C# type OrderLineState, which is already the enum of field Order.line_state", "OrderLine"
        },
        {
            "model named like the migrations namespace",
            ["migrations.yaml", "name: Migrations\ntable: migration_runs\nfields:\n  id: { type: uuid, primary: true }\n"],
            "migrations.yaml", 1, 7, "the namespace the generated migration classes live in", "Migrations"
        },
        {
            "model hiding the FluentMigrator namespace",
            ["fluent.yaml", "name: FluentMigrator\nfields:\n  id: { type: uuid, primary: true }\n"],
            "fluent.yaml", 1, 7, "hide the FluentMigrator namespace", "FluentMigrator"
        },
        {
            "model named like the Columns class",
            ["columns.yaml", "name: Columns\nfields:\n  id: { type: uuid, primary: true }\n"],
            "columns.yaml", 1, 7, "nested class of that name", "Columns"
        },
        {
            "model named like the TableName constant",
            ["table_name.yaml", "name: TableName\nfields:\n  id: { type: uuid, primary: true }\n"],
            "table_name.yaml", 1, 7, "member of that name", "TableName"
        },
        {
            "enum hiding the FluentMigrator namespace",
            ["fluent.yaml", "name: Fluent\nfields:\n  id: { type: uuid, primary: true }\n  migrator: { type: enum, values: [a] }\n"],
            "fluent.yaml", 4, 3, "The enum of field Fluent.migrator would be the C# type FluentMigrator, which is reserved", "Fluent"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_colliding_type_name_is_an_error_at_its_yaml_line_and_the_rest_generates(string name, string[] files, string file, int line, int column, string text, string leftOut)
    {
        var harness = new GeneratorHarness().WithSchema("team.yaml", Team).WithMigration("20260101000000_init.yaml", Init);
        for (var i = 0; i < files.Length; i += 2)
        {
            harness.WithSchema(files[i], files[i + 1]);
        }

        var run = harness.Run();

        Assert.Null(run.Exception);
        var error = run.BiabDiagnostics.FirstOrDefault(d => d.Id == "BIAB023");
        Assert.True(error is not null, $"{name}: expected BIAB023, got:\n{string.Join("\n", run.BiabDiagnostics)}\n{string.Join("\n", run.CompilationProblems)}");
        var span = error!.Location.GetLineSpan();
        Assert.Equal((GeneratorHarness.SchemaDirectory + "/" + file, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(text, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(leftOut + ".g.cs", run.HintNames);
        Assert.Contains("Team.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_model_whose_name_is_the_manifest_namespace_is_an_error()
    {
        var run = new GeneratorHarness()
            .WithProperty("RootNamespace", "BackendInABox")
            .WithSchema("team.yaml", Team)
            .WithSchema("generated.yaml", "name: Generated\nfields:\n  id: { type: uuid, primary: true }\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("BIAB023", error.Id);
        Assert.Contains("BackendInABox.Generated, which the generated build manifest uses", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("Team.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_property_named_like_the_enum_type_does_not_hide_it()
    {
        var run = new GeneratorHarness()
            .WithSchema("user.yaml", "name: User\nfields:\n  id: { type: uuid, primary: true }\n  role: { type: enum, values: [admin, member], required: true, default: member }\n  user_role: { type: string }\n")
            .Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }
}
