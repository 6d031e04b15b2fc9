using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.RealApps;

/// <summary>Each misuse of enum labels, the new defaults and generate: an error at its YAML line and column, and no entity for the model.</summary>
public sealed class EnumAndDefaultMisuseTests
{
    private const string Head = "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n";

    public static TheoryData<string, string, string, int, int, string> Cases => new()
    {
        // name, fields after the key, id, line, column, text in the message
        { "labels making one member", "  s: { type: enum, values: [in progress, in-progress] }\n", "BIAB012", 4, 42, "both become the C# member InProgress" },
        { "chosen name making one member", "  s: { type: enum, values: [a, { name: A, value: b }] }\n", "BIAB012", 4, 40, "both become the C# member A" },
        { "label without a member", "  s: { type: enum, values: [G, \"13\"] }\n", "BIAB012", 4, 32, "gives no C# member name" },
        { "bad chosen name", "  s: { type: enum, values: [{ name: \"1x\", value: b }] }\n", "BIAB012", 4, 37, "member name '1x'" },
        { "label too long", $"  s: {{ type: enum, values: [{new string('é', 32)}] }}\n", "BIAB012", 4, 29, "64 bytes" },
        { "label with a line break", "  s: { type: enum, values: [\"a\\nb\"] }\n", "BIAB012", 4, 29, "control character" },
        { "empty label", "  s: { type: enum, values: [\"\"] }\n", "BIAB012", 4, 29, "it is empty" },
        { "duplicate label", "  s: { type: enum, values: [PG-13, PG-13] }\n", "BIAB012", 4, 36, "appears twice" },
        { "item without value", "  s: { type: enum, values: [{ name: A }] }\n", "BIAB004", 4, 29, "'value'" },
        { "list item is a list", "  s: { type: enum, values: [[a]] }\n", "BIAB012", 4, 29, "not a list" },
        { "today on a datetime", "  d: { type: datetime, default: today }\n", "BIAB011", 4, 33, "current_timestamp" },
        { "current_timestamp on a date", "  d: { type: date, default: current_timestamp }\n", "BIAB011", 4, 29, "'today'" },
        { "generate with default", "  t: { type: uuid, generate: uuid, default: new }\n", "BIAB055", 4, 36, "both generate and default" },
        { "generate with default_sql", "  t: { type: uuid, generate: uuid, default_sql: \"gen_random_uuid()\" }\n", "BIAB055", 4, 36, "both generate and default_sql" },
        { "generate on an integer", "  t: { type: integer, generate: uuid }\n", "BIAB055", 4, 33, "does not fit" },
        { "ulid on a uuid", "  t: { type: uuid, generate: ulid }\n", "BIAB055", 4, 30, "does not fit" },
        { "generate too long for max_length", "  t: { type: string, max_length: 20, generate: ulid }\n", "BIAB055", 4, 48, "26 characters" },
        { "unknown generate", "  t: { type: string, generate: uuidv7 }\n", "BIAB055", 4, 32, "Did you mean 'uuid_v7'?" },
        { "cuid", "  t: { type: string, generate: cuid }\n", "BIAB055", 4, 32, "no maintained cuid library" },
        { "generate on an array", "  t: { type: string, array: true, generate: ulid }\n", "BIAB055", 4, 45, "is an array" },
        { "auto_update on an array", "  d: { type: datetime, array: true, auto_update: true }\n", "BIAB058", 4, 37, "is an array" },
        { "default with default_sql", "  n: { type: integer, default: 1, default_sql: \"2\" }\n", "BIAB056", 4, 35, "both default and default_sql" },
        { "empty default_sql", "  n: { type: integer, default_sql: \"  \" }\n", "BIAB056", 4, 36, "is empty" },
        { "default_sql missing a dialect", "  n: { type: integer, default_sql: { postgres: \"1\" } }\n", "BIAB004", 4, 36, "'sqlite'" },
        { "default_sql as a list", "  n: { type: integer, default_sql: [\"1\"] }\n", "BIAB002", 4, 36, "not a list" },
        { "default_sql unknown dialect", "  n: { type: integer, default_sql: { postgres: \"1\", sqlite: \"1\", mysql: \"1\" } }\n", "BIAB003", 4, 66, "mysql" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_misuse_is_an_error_at_its_line_and_column(string name, string fields, string id, int line, int column, string text)
    {
        var run = new GeneratorHarness().WithSchema("bad.yaml", Head + fields).Run();

        Assert.Null(run.Exception);
        var error = run.BiabDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).FirstOrDefault(d => d.Id == id);
        Assert.True(error is not null, $"{name}: expected {id}, got:\n{string.Join("\n", run.BiabDiagnostics)}");
        Assert.Equal((line, column), EvolvingProject.Position(error!));
        Assert.Contains(text, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.HintNames, h => h == "Bad.g.cs");
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_migration_file_label_that_cannot_be_stored_is_an_error_at_its_place()
    {
        const string migration = """
            id: 20260101000000
            description: initial
            up:
              - create_table:
                  table: things
                  columns:
                    - { name: id, type: uuid, primary: true }
                    - { name: s, type: enum, values: [ok, ""], default_sql: "" }
            down:
              - drop_table: { table: things }
            """;
        var run = new GeneratorHarness().WithMigration("20260101000000_initial.yaml", migration).Run();

        var errors = run.BiabDiagnostics.Where(d => d.Id == "BIAB105").Select(d => (EvolvingProject.Position(d), d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(errors, e => e.Item1 == (8, 47) && e.Item2.Contains("not an enum label: it is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == (8, 65) && e.Item2.Contains("default_sql", StringComparison.Ordinal));
    }
}
