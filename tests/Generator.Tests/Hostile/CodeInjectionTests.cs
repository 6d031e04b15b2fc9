using System.Reflection;
using System.Text;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Hostile;

/// <summary>
/// Text from YAML reaches generated C# in XML doc comments (model, field and migration descriptions, the migration's
/// file name), string literals (defaults, sql steps, the migration attribute, the manifest) and <c>//</c> comments.
/// Behind each C# line terminator sits the issue 9 payload, a module initializer: it must stay text everywhere.
/// </summary>
public sealed class CodeInjectionTests
{
    internal const string Payload = "public static class P { [System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { System.Console.WriteLine(\"P\"); } }";

    public static TheoryData<string> Terminators => new() { "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029" };

    [Theory]
    [MemberData(nameof(Terminators))]
    public void Text_with_a_line_terminator_stays_text_in_every_place_it_reaches_generated_code(string terminator)
    {
        var text = $"The title.{terminator}{Payload}{terminator}// */ </summary> <b> & \"quoted\" 'single' \\back\\slash{terminator}end";
        var yaml = Yaml(text);
        var run = new GeneratorHarness()
            .WithDocumentationDiagnostics()
            .WithSchema("user.yaml", $"""
                name: User
                description: {yaml}
                fields:
                  id: {"{"} type: uuid, primary: true, default: new {"}"}
                  title: {"{"} type: text, required: true, default: {yaml}, description: {yaml} {"}"}
                  state: {"{"} type: enum, values: [open, closed], default: open, description: {yaml} {"}"}
                """)
            .WithMigration($"20260101000000_hostile{terminator}{Payload}.yaml", $"""
                id: 20260101000000
                description: {yaml}
                up:
                  - sql: {yaml}
                down:
                  - sql: {yaml}
                """)
            .Run();

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.CompilationProblems.Where(d => d.Id != "CS1591" || d.Location.SourceTree?.FilePath != "Program.cs").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(run.Output.GetSymbolsWithName("P", SymbolFilter.Type));
        Assert.Empty(run.Output.GetSymbolsWithName("Run", SymbolFilter.Member));

        // The doc text survives, escaped, on one XML element per member.
        var user = run.Output.GetTypeByMetadataName("TestApp.User")!;
        var migration = (INamedTypeSymbol)Assert.Single(run.Output.GetSymbolsWithName(n => n.StartsWith("M20260101000000", StringComparison.Ordinal), SymbolFilter.Type));
        foreach (var symbol in new ISymbol[] { user, user.GetMembers("Title").Single(), user.GetMembers("State").Single(), migration })
        {
            var xml = symbol.GetDocumentationCommentXml() ?? string.Empty;
            Assert.Contains("The title.", xml, StringComparison.Ordinal);
            Assert.Contains(Payload.Replace("\"", "&quot;"), xml.Replace("\"", "&quot;"), StringComparison.Ordinal);
            Assert.Contains("&lt;/summary&gt; &lt;b&gt; &amp;", xml, StringComparison.Ordinal);
        }

        // The string literals hold the text exactly.
        var assembly = run.Load();
        var entity = Activator.CreateInstance(assembly.GetType("TestApp.User")!)!;
        Assert.Equal(text, entity.GetType().GetProperty("Title")!.GetValue(entity));
        Assert.Equal(text, assembly.GetType(migration.ToDisplayString())!.GetCustomAttribute<FluentMigrator.MigrationAttribute>()!.Description);
        var manifest = ManifestReader.Read(run);
        Assert.Equal(text, manifest.Migrations[0].Description);
        Assert.Contains("public static class P {", manifest.Pending!.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Terminators))]
    public void A_default_with_a_line_terminator_round_trips_through_the_migration_written_from_the_pending_change(string terminator)
    {
        var schema = $"name: Note\nfields:\n  id: {{ type: uuid, primary: true }}\n  body: {{ type: text, required: true, default: {Yaml($"a{terminator}b \\ \"c\"")} }}\n";
        var first = new GeneratorHarness().WithSchema("note.yaml", schema).Run();
        var pending = ManifestReader.PendingYaml(first);
        Assert.NotNull(pending);

        // What `migrate generate` writes: the header, then the pending YAML as the build computed it.
        var second = new GeneratorHarness()
            .WithSchema("note.yaml", schema)
            .WithMigration("20260101000000_notes.yaml", "id: 20260101000000\ndescription: notes\n" + pending)
            .Run();

        Assert.DoesNotContain(second.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Null(ManifestReader.PendingYaml(second));
    }

    /// <summary>A YAML double-quoted scalar that reads back as exactly <paramref name="text"/>.</summary>
    internal static string Yaml(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\r' => "\\r",
                '\n' => "\\n",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
