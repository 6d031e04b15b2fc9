using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Hostile;

/// <summary>
/// A check's SQL and an index's <c>where:</c> and <c>expression:</c> are the developer's SQL, passed into the DDL as
/// written, but they reach generated C# only as string literals: quotes, <c>*/</c> and every line terminator stay text,
/// the SQL keeps them exactly, and the migration written from them reads back to no pending change.
/// </summary>
public sealed class ConstraintTextTests
{
    [Theory]
    [MemberData(nameof(CodeInjectionTests.Terminators), MemberType = typeof(CodeInjectionTests))]
    public void Check_and_index_SQL_with_a_line_terminator_stays_text_and_round_trips(string terminator)
    {
        var text = $"n > 0 /* it's{terminator}{CodeInjectionTests.Payload}{terminator}*/ \"quoted\" \\ */ AND n <> ''";
        var yaml = CodeInjectionTests.Yaml(text);
        var schema = $"""
            name: Note
            fields:
              id: {"{"} type: integer, primary: true {"}"}
              n: {"{"} type: integer {"}"}
            indexes:
              - {"{"} fields: [n], where: {yaml} {"}"}
              - {"{"} expression: {yaml}, name: ix_notes_expression {"}"}
            checks:
              - {"{"} name: ck_notes_n, sql: {yaml} {"}"}
              - {"{"} name: ck_notes_split, sql: {"{"} postgres: {yaml}, sqlite: {yaml} {"}"} {"}"}
            """;
        var first = new GeneratorHarness().WithSchema("note.yaml", schema).Run();
        var pending = ManifestReader.PendingYaml(first);
        Assert.NotNull(pending);

        var run = new GeneratorHarness()
            .WithSchema("note.yaml", schema)
            .WithMigration("20260101000000_notes.yaml", "id: 20260101000000\ndescription: notes\n" + pending)
            .Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.BiabDiagnostics.Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Empty(run.Output.GetSymbolsWithName("P", SymbolFilter.Type));
        Assert.Null(ManifestReader.PendingYaml(run));
        var table = Assert.Single(ManifestReader.Read(run).Schema!);
        Assert.All(table.Checks, c => Assert.Equal((text, text), (c.PostgresSql, c.SqliteSql)));
        Assert.Equal(text, table.Indexes.Single(i => i.Name == "ix_notes_expression").Expression);
        var assembly = MigrationRunner.Load(run);
        foreach (var dialect in new[] { "PostgreSQL", "SQLite" })
        {
            var sql = MigrationRunner.Script(assembly, dialect);
            Assert.Contains($"CHECK ({text})", sql, StringComparison.Ordinal);
            Assert.Contains($"WHERE ({text})", sql, StringComparison.Ordinal);
            Assert.Contains($"(\"ix_notes_expression\" ON \"notes\" ({text})".Substring(1), sql, StringComparison.Ordinal);
        }
    }
}
