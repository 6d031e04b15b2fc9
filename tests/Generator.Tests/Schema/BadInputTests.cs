using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>
/// Every malformed schema file is a BIAB0xx error at the offending line and column (1-based, as a build prints it),
/// names the model and field, generates nothing for that model, and leaves the other models alone.
/// </summary>
public sealed class BadInputTests
{
    private const string Valid = "name: Team\nfields:\n  id: { type: uuid, primary: true }\n";

    public static TheoryData<string, string, string, int, int, string> Cases => new()
    {
        // name, yaml, id, line, column, text in the message
        { "yaml syntax", "name: Bad\nfields:\n  id: { type: uuid, primary: true\n", "BIAB001", 4, 1, "YAML syntax error" },
        { "tab indentation", "name: Bad\nfields:\n\tid: { type: uuid }\n", "BIAB001", 3, 1, "YAML" },
        { "not a mapping", "- name: Bad\n- fields: []\n", "BIAB002", 1, 1, "must be a mapping" },
        { "scalar document", "just words\n", "BIAB002", 1, 1, "must be a mapping" },
        { "unknown key", "name: Bad\nfeilds:\n  id: { type: uuid, primary: true }\n", "BIAB003", 2, 1, "Did you mean 'fields'?" },
        { "unknown field key", "name: Bad\nfields:\n  id: { type: uuid, primary: true, uniqe: true }\n", "BIAB003", 3, 36, "Did you mean 'unique'?" },
        { "unknown type", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: strng }\n", "BIAB005", 4, 14, "Did you mean 'string'?" },
        { "missing name", "fields:\n  id: { type: uuid, primary: true }\n", "BIAB004", 1, 1, "has no 'name'" },
        { "missing type", "name: Bad\nfields:\n  id: { primary: true }\n", "BIAB004", 3, 7, "has no 'type'" },
        { "space in model name", "name: Bad Model\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB006", 1, 7, "space" },
        { "double quote in table", "name: Bad\ntable: 'bad\"table'\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB040", 2, 8, "double quote" },
        { "line separator in table", "name: Bad\ntable: \"bad\\Ltable\"\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB040", 2, 8, "U+2028" },
        { "next line in index name", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\nindexes:\n  - { fields: [id], name: \"a\\Nb\" }\n", "BIAB040", 5, 27, "U+0085" },
        { "bidi override in column", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, column: \"ab\\u202Ec\" }\n", "BIAB040", 4, 30, "U+202E" },
        { "64 bytes of UTF-8 in column", $"name: Bad\nfields:\n  id: {{ type: uuid, primary: true }}\n  n: {{ type: string, column: {new string('é', 32)} }}\n", "BIAB040", 4, 30, "64 bytes long in UTF-8" },
        { "blank at the end of a column", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, column: \"name \" }\n", "BIAB040", 4, 30, "ends with a blank" },
        { "control character in fk_name", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  team: { type: ref, target: Team, fk_name: \"fk\\tteam\" }\n", "BIAB040", 4, 45, "U+0009" },
        { "fk_name on a string", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, fk_name: fk_x }\n", "BIAB009", 4, 22, "'fk_name' applies only to ref fields" },
        { "ref named like its column", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  team_id: { type: ref, target: Team }\n", "BIAB041", 4, 3, "Name the field 'team' (column team_id, property TeamId), or write 'column:'" },
        { "property with a space", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, property: \"Full Name\" }\n", "BIAB042", 4, 32, "contains ' '" },
        { "property with a leading digit", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, property: 1st }\n", "BIAB042", 4, 32, "must start with a letter" },
        { "property taken by another field", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  full_name: { type: string }\n  n: { type: string, property: FullName }\n", "BIAB008", 5, 3, "property 'FullName'" },
        { "property named like the model", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: string, property: Bad }\n", "BIAB007", 4, 3, "'property:'" },
        { "column named like another in another case", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  a: { type: string, column: Name }\n  b: { type: string, column: name }\n", "BIAB008", 5, 3, "column 'name'" },
        { "reserved field name", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  order: { type: integer }\n", "BIAB007", 4, 3, "'column: order'" },
        { "semicolon in field", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  \"x; DROP TABLE users\": { type: string }\n", "BIAB006", 4, 3, "';'" },
        { "leading digit", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  1st: { type: string }\n", "BIAB006", 4, 3, "starts with a digit" },
        { "64 characters", $"name: Bad\nfields:\n  id: {{ type: uuid, primary: true }}\n  {new string('a', 64)}: {{ type: string }}\n", "BIAB006", 4, 3, "64 characters" },
        { "reserved column", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  select: { type: string }\n", "BIAB007", 4, 3, "reserved word" },
        { "member clash", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  columns: { type: string }\n", "BIAB007", 4, 3, "already uses" },
        { "same property", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  phone_number: { type: string }\n  phone__number: { type: string }\n", "BIAB008", 5, 3, "PhoneNumber" },
        { "ref column clash", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  team: { type: ref, target: Team }\n  team_id: { type: uuid }\n", "BIAB008", 5, 3, "team_id" },
        { "duplicate key", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  id: { type: string }\n", "BIAB002", 4, 3, "appears twice" },
        { "max_length on integer", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  age: { type: integer, max_length: 3 }\n", "BIAB009", 4, 25, "max_length" },
        { "precision too big", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  p: { type: decimal, precision: 2000 }\n", "BIAB010", 4, 34, "1 to 1000" },
        { "scale over precision", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  p: { type: decimal, precision: 4, scale: 6 }\n", "BIAB010", 4, 44, "larger than its precision" },
        { "integer default", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: integer, default: abc }\n", "BIAB011", 4, 32, "whole number" },
        { "sql in default", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: integer, default: \"0; DROP TABLE users\" }\n", "BIAB011", 4, 32, "whole number" },
        { "boolean default", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  b: { type: boolean, default: yes }\n", "BIAB011", 4, 32, "true or false" },
        { "decimal default too big", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  d: { type: decimal, precision: 4, scale: 2, default: 123.45 }\n", "BIAB011", 4, 56, "numeric(4,2)" },
        { "enum default", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  s: { type: enum, values: [a, b], default: c }\n", "BIAB011", 4, 45, "one of the enum's values" },
        { "enum without values", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  s: { type: enum }\n", "BIAB012", 4, 6, "needs 'values'" },
        { "enum duplicate values", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  s: { type: enum, values: [a, b, a] }\n", "BIAB012", 4, 35, "appears twice" },
        { "no primary key", "name: Bad\nfields:\n  email: { type: string }\n", "BIAB014", 3, 3, "no primary key" },
        { "index on unknown field", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\nindexes:\n  - { fields: [emial] }\n", "BIAB015", 5, 16, "unknown field 'emial'" },
        { "ref to missing model", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  owner: { type: ref, target: Person }\n", "BIAB022", 4, 3, "'Person'" },
        { "runner's version table", "name: Bad\ntable: versioninfo\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB007", 2, 8, "is reserved: it is FluentMigrator's version table" },
        { "runner's file table by default", "name: BiabMigrationFile\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB007", 1, 7, "'biab_migration_files' of model BiabMigrationFile is reserved" },
        { "sqlite table", "name: Bad\ntable: sqlite_stat1\nfields:\n  id: { type: uuid, primary: true }\n", "BIAB007", 2, 8, "SQLite's own tables" },
        { "null enum value", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  s: { type: enum, values: [a, null] }\n", "BIAB002", 4, 32, "An item of 'values' in field Bad.s is empty" },
        { "field of a model without a valid name", "name: bad\nfields:\n  id: { type: uuid, primary: true }\n  n: { type: strng }\n", "BIAB005", 4, 14, "Field n has unknown type 'strng'" },
        { "empty file", "", "BIAB013", 1, 1, "empty" },
        { "comments only", "# nothing here\n", "BIAB013", 1, 1, "empty" },
        { "anchors", "name: Bad\nfields:\n  id: &key { type: uuid, primary: true }\n  other: *key\n", "BIAB002", 3, 7, "anchors" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_schema_file_is_an_error_at_its_line_and_column(string name, string yaml, string id, int line, int column, string text)
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Valid).WithSchema("bad.yaml", yaml).Run();

        Assert.Null(run.Exception);
        var errors = run.BiabDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var error = errors.FirstOrDefault(d => d.Id == id);
        Assert.True(error is not null, $"{name}: expected {id}, got:\n{string.Join("\n", run.BiabDiagnostics)}");
        var span = error!.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.SchemaDirectory + "/bad.yaml", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(text, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Assert.DoesNotContain(run.HintNames, h => h == "Bad.g.cs");
        Assert.Contains("Team.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    public static TheoryData<string, string, int, int, string> SyntaxErrors => new()
    {
        // name, yaml, line, column, text in the message
        { "unclosed flow mapping before the next field", "name: Bad\nfields:\n  id: { type: uuid, primary: true\n  email: { type: string }\n", 4, 3, "the '{' opened at line 3, column 7 is not closed before line 4; add the missing '}'" },
        { "unclosed flow mapping before the next key", "name: Bad\nfields:\n  id: { type: uuid, primary: true\nindexes: []\n", 4, 1, "the '{' opened at line 3, column 7 is not closed" },
        { "unclosed flow sequence", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  s: { type: enum, values: [a, b }\n  email: { type: string }\n", 4, 34, "did not find expected ',' or ']'; the '[' opened at line 4, column 28 is still open." },
        { "unclosed quote", "name: Bad\ndescription: \"abc\nfields:\n  id: { type: uuid, primary: true }\n", 2, 14, "double-quoted scalar" },
        { "colon in a plain value", "name: Bad: x\nfields:\n  id: { type: uuid, primary: true }\n", 1, 10, "invalid mapping" },
        { "stray bracket", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n  ]\n", 4, 3, "did not find expected key" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void A_yaml_syntax_error_is_reported_where_the_parser_found_it_in_words(string name, string yaml, int line, int column, string text)
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Valid).WithSchema("bad.yaml", yaml).Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var span = error.Location.GetLineSpan();
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        Assert.True(
            (error.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1) == ("BIAB001", line, column) && message.Contains(text, StringComparison.Ordinal),
            $"{name}: {error}");
        Assert.DoesNotContain("Operation is not valid", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Contains("Team.g.cs", run.HintNames);
    }

    [Fact]
    public void Binary_junk_is_an_error_not_a_crash()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var run = new GeneratorHarness().WithSchema("team.yaml", Valid).WithSchema("junk.yaml", System.Text.Encoding.Latin1.GetString(bytes)).Run();

        Assert.Null(run.Exception);
        Assert.Contains(run.BiabDiagnostics, d => d.Id is "BIAB001" or "BIAB002" or "BIAB013" && d.Location.GetLineSpan().Path.EndsWith("junk.yaml", StringComparison.Ordinal));
        Assert.Contains("Team.g.cs", run.HintNames);
    }

    [Fact]
    public void A_5_MB_file_is_refused_quickly()
    {
        var huge = "name: Huge\ndescription: " + new string('x', 5 * 1024 * 1024) + "\nfields:\n  id: { type: uuid, primary: true }\n";
        var run = new GeneratorHarness().WithSchema("huge.yaml", huge).Run();

        var error = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB013", error.Id);
        Assert.Contains("KB", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = "name: Deep\nfields:\n  id: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var run = new GeneratorHarness().WithSchema("deep.yaml", deep).Run();

        Assert.Null(run.Exception);
        Assert.Contains(run.BiabDiagnostics, d => d.Id == "BIAB002" && d.GetMessage(CultureInfo.InvariantCulture).Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_model_and_table_names_across_files_are_errors_at_the_second_file()
    {
        var run = new GeneratorHarness()
            .WithSchema("a.yaml", Valid)
            .WithSchema("b.yaml", Valid)
            .WithSchema("c.yaml", "name: Crew\ntable: teams\nfields:\n  id: { type: uuid, primary: true }\n")
            .Run();

        var duplicate = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB020");
        Assert.EndsWith("b.yaml", duplicate.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("a.yaml", duplicate.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var table = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB021");
        Assert.EndsWith("c.yaml", table.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_left_out_for_its_own_error_is_reported_once_not_again_as_an_unknown_field_of_the_key_or_an_index()
    {
        var run = new GeneratorHarness()
            .WithSchema("a.yaml", "name: Alpha\nprimary_key: [code, at]\nfields:\n  code: { type: text }\n  at: { type: timestamp, precision: 7 }\nindexes:\n  - { fields: [at] }\n  - { fields: [code, at], unique: true }\n  - { fields: [ta] }\n")
            .Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "BIAB010 5:37 'precision' of field Alpha.at must be a whole number from 0 to 6, not '7'.",
                "BIAB015 9:16 An index of model Alpha names the unknown field 'ta'.",
            ],
            run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void An_index_named_like_another_models_index_table_or_key_is_an_error_at_that_index()
    {
        var run = new GeneratorHarness()
            .WithSchema("a.yaml", "name: Alpha\nfields:\n  id: { type: integer, primary: true }\n  t: { type: text }\nindexes:\n  - { fields: [t], name: ix_shared }\n")
            .WithSchema("b.yaml", "name: Beta\nfields:\n  id: { type: integer, primary: true }\n  t: { type: text }\nindexes:\n  - { fields: [t], name: IX_Shared }\n")
            .WithSchema("c.yaml", "name: Gamma\nfields:\n  id: { type: integer, primary: true }\n  t: { type: text }\n  u: { type: text }\nindexes:\n  - { fields: [t], name: alphas }\n  - { fields: [u], name: betas_pkey }\n")
            .WithSchema("d.yaml", "name: Delta\nfields:\n  id: { type: integer, primary: true }\n  t: { type: text }\nindexes:\n  - { fields: [t], name: ix_delta_t }\n")
            .Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "b.yaml 6:5 An index of model Beta is named 'IX_Shared', which is already the name of an index of model Alpha; tables, indexes and primary keys share one namespace in the database. Give it another `name:`.",
                "c.yaml 7:5 An index of model Gamma is named 'alphas', which is already the name of the table of model Alpha; tables, indexes and primary keys share one namespace in the database. Give it another `name:`.",
                "c.yaml 8:5 An index of model Gamma is named 'betas_pkey', which is already the name of the primary key of model Beta; tables, indexes and primary keys share one namespace in the database. Give it another `name:`.",
            ],
            run.BiabDiagnostics.Where(d => d.Id == "BIAB015").Select(d => $"{Path.GetFileName(d.Location.GetLineSpan().Path)} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}"));
        Assert.Contains("Alpha.g.cs", run.HintNames);
        Assert.Contains("Delta.g.cs", run.HintNames);
        Assert.DoesNotContain("Beta.g.cs", run.HintNames);
    }

    [Fact]
    public void A_chain_of_references_to_a_missing_model_is_an_error_not_a_crash()
    {
        var run = new GeneratorHarness()
            .WithSchema("a.yaml", "name: A\nfields:\n  id: { type: uuid, primary: true }\n  b: { type: ref, target: B }\n")
            .WithSchema("b.yaml", "name: B\nfields:\n  id: { type: uuid, primary: true }\n  c: { type: ref, target: C }\n")
            .WithSchema("team.yaml", Valid)
            .Run();

        Assert.Null(run.Exception);
        Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB022");
        Assert.DoesNotContain("A.g.cs", run.HintNames);
        Assert.DoesNotContain("B.g.cs", run.HintNames);
        Assert.Contains("Team.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Schema", true)]
    public void A_yaml_file_without_the_schema_metadata_is_never_read(string? kind, bool read)
    {
        // A valid model outside schema/ (a CI workflow or docker-compose.yml is also an AdditionalFile of some
        // projects): only the BackendInABoxKind metadata the package's targets set makes the generator read it.
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", Valid)
            .WithAdditionalFile(GeneratorHarness.ProjectDirectory + "/config/crew.yaml", "name: Crew\nfields:\n  id: { type: uuid, primary: true }\n", kind)
            .Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(read ? ["Crew.g.cs", "Team.g.cs"] : ["Team.g.cs"], run.HintNames.Where(h => !h.Contains("BuildManifest", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
