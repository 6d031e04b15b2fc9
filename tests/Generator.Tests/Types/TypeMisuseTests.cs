using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Types;

/// <summary>Each misuse of the type options is an error at the offending value of the field's line, and the model is not generated.</summary>
public sealed class TypeMisuseTests
{
    private const string Head = "name: Bad\nfields:\n  id: { type: integer, primary: true }\n";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // name, the field's line, id, where on the line the error points, text in the message
        { "char without max_length", "  code: { type: char }", "BIAB045", "char", "needs its length" },
        { "char max_length zero", "  code: { type: char, max_length: 0 }", "BIAB010", "0", "1 to 10485760" },
        { "precision on text", "  note: { type: text, precision: 3 }", "BIAB009", "precision", "decimal, datetime, datetimetz, timestamp or time" },
        { "precision on smallint", "  n: { type: smallint, precision: 3 }", "BIAB009", "precision", "applies only to" },
        { "time precision 7", "  at: { type: timestamp, precision: 7 }", "BIAB010", "7", "0 to 6" },
        { "time precision negative", "  at: { type: time, precision: -1 }", "BIAB010", "-1", "0 to 6" },
        { "max_length on time", "  at: { type: time, max_length: 5 }", "BIAB009", "max_length", "string or char" },
        { "scale on timestamp", "  at: { type: timestamp, scale: 2 }", "BIAB009", "scale", "decimal" },
        { "array on ref", "  owner: { type: ref, target: Bad, array: true }", "BIAB046", "array", "ref field has no array form" },
        { "array on json", "  data: { type: json, array: true }", "BIAB046", "array", "json field has no array form" },
        { "enum array default not a label", "  s: { type: enum, values: [a, b], array: true, default: [a, c] }", "BIAB011", "[a, c]", "'c' is not one of the enum's values (a, b)" },
        { "enum array default scalar", "  s: { type: enum, values: [a, b], array: true, default: a }", "BIAB011", "a }", "a list of the enum's values, such as [a], or []" },
        { "enum array default nested list", "  s: { type: enum, values: [a, b], array: true, default: [[a]] }", "BIAB011", "[[a]]", "a list of the enum's values" },
        { "native enum array default not a label", "  s: { type: enum, values: [a, b], native: s_kind, array: true, default: [A] }", "BIAB011", "[A]", "'A' is not one of" },
        { "array on binary", "  b: { type: binary, array: true }", "BIAB046", "array", "binary field" },
        { "array on custom", "  c: { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT }, array: true }", "BIAB046", "array", "custom field" },
        { "array key", "  other: { type: uuid, unique: true, array: true, primary: true }", "BIAB046", "array", "a key is one value" },
        { "array not boolean", "  tags: { type: text, array: maybe }", "BIAB010", "maybe", "true or false" },
        { "array default with items", "  tags: { type: text, array: true, default: [a] }", "BIAB011", "[a]", "can only be []" },
        { "array default scalar", "  tags: { type: text, array: true, default: a }", "BIAB011", "a }", "can only be []" },
        { "sql_type without custom", "  t: { type: text, sql_type: { postgres: tsvector, sqlite: TEXT } }", "BIAB009", "sql_type", "custom" },
        { "clr_type without custom", "  t: { type: text, clr_type: int }", "BIAB009", "clr_type", "custom" },
        { "custom without sql_type", "  c: { type: custom }", "BIAB047", "custom", "without 'sql_type'" },
        { "sql_type without sqlite", "  c: { type: custom, sql_type: { postgres: tsvector } }", "BIAB047", "{ postgres", "no 'sqlite' type" },
        { "sql_type unknown dialect", "  c: { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT, mysql: TEXT } }", "BIAB003", "mysql", "sql_type" },
        { "sql injected in sql_type", "  c: { type: custom, sql_type: { postgres: \"text); DROP TABLE users; --\", sqlite: TEXT } }", "BIAB047", "\"text", "not a type name" },
        { "sql_type not a mapping", "  c: { type: custom, sql_type: tsvector }", "BIAB002", "tsvector", "mapping" },
        { "clr_type not a type", "  c: { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT }, clr_type: \"int; }\" }", "BIAB047", "\"int", "not a C# type name" },
        { "custom default", "  c: { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT }, default: x }", "BIAB011", "x }", "cannot have a default" },
        { "smallint default too big", "  n: { type: smallint, default: 40000 }", "BIAB011", "40000", "-32768 to 32767" },
        { "real default not a number", "  r: { type: real, default: abc }", "BIAB011", "abc", "fits in 32 bits" },
        { "real default too big", "  r: { type: real, default: 1e40 }", "BIAB011", "1e40", "fits in 32 bits" },
        { "time default", "  at: { type: time, default: \"25:00\" }", "BIAB011", "\"25:00\"", "time of day" },
        { "time default now", "  at: { type: time, default: now }", "BIAB011", "now", "time of day" },
        { "char default too long", "  code: { type: char, max_length: 2, default: abc }", "BIAB011", "abc", "max_length is 2" },
        { "timestamp default", "  at: { type: timestamp, default: yesterday }", "BIAB011", "yesterday", "'current_timestamp' (the session's time zone) or a time" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_misused_type_option_is_an_error_at_its_value(string name, string field, string id, string at, string text)
    {
        var yaml = Head + field + "\n";
        var run = new GeneratorHarness().WithSchema("bad.yaml", yaml).Run();

        Assert.Null(run.Exception);
        var error = run.BiabDiagnostics.FirstOrDefault(d => d.Id == id && d.Severity == DiagnosticSeverity.Error);
        Assert.True(error is not null, $"{name}: expected {id}, got:\n{string.Join("\n", run.BiabDiagnostics)}");
        Assert.Equal((4, field.IndexOf(at, StringComparison.Ordinal) + 1), EvolvingProject.Position(error!));
        Assert.Contains(text, error!.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.HintNames, h => h == "Bad.g.cs");
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    public static TheoryData<string, string, string> MigrationCases => new()
    {
        // name, the column in a create_table, text in the BIAB105 message
        { "char without max_length", "{ name: code, type: char }", "char without 'max_length'" },
        { "array of json", "{ name: data, type: json, array: true }", "cannot be an array of json" },
        { "custom without sql_type", "{ name: c, type: custom }", "sql_type" },
        { "sql_type on text", "{ name: c, type: text, sql_type: { postgres: tsvector, sqlite: TEXT } }", "is not custom" },
        { "sql injected in sql_type", "{ name: c, type: custom, sql_type: { postgres: \"x); DROP TABLE t; --\", sqlite: TEXT } }", "is not a type name" },
        { "array default with items", "{ name: tags, type: text, array: true, default: [a] }", "can only be []" },
        { "enum array default not a label", "{ name: roles, type: enum, values: [a, b], array: true, default: [c] }", "'c' is not one of the enum's values" },
        { "time precision 9", "{ name: at, type: time, precision: 9 }", "0 to 6" },
    };

    [Theory]
    [MemberData(nameof(MigrationCases))]
    public void A_misused_type_option_in_a_migration_file_is_an_error_there(string name, string column, string text)
    {
        var migration = $"id: 20260101000000\ndescription: initial\nup:\n  - create_table:\n      table: things\n      columns:\n        - {{ name: id, type: integer, primary: true }}\n        - {column}\ndown:\n  - drop_table: {{ table: things }}\n";
        var run = new GeneratorHarness().WithMigration("20260101000000_initial.yaml", migration).Run();

        Assert.Null(run.Exception);
        var errors = run.BiabDiagnostics.Where(d => d.Id is "BIAB105" or "BIAB104").ToList();
        Assert.True(errors.Count > 0, $"{name}: expected BIAB105, got:\n{string.Join("\n", run.BiabDiagnostics)}");
        Assert.Equal(8, EvolvingProject.Position(errors[0]).Line);
        Assert.Contains(errors, e => e.GetMessage(CultureInfo.InvariantCulture).Contains(text, StringComparison.Ordinal));
    }
}
