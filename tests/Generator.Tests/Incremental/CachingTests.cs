using System.Collections;
using System.Reflection;
using BackendInABox.Generator.Pipeline;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BackendInABox.Generator.Tests.Incremental;

/// <summary>
/// The pipeline is incremental: models are equatable data, an unrelated edit re-runs nothing, and an edit to one YAML
/// file re-parses only that file.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] OurSteps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void An_edit_to_an_unrelated_CSharp_file_leaves_every_step_cached()
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace TestApp; internal static class Unrelated { }", path: "Unrelated.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var (name, steps) in result.TrackedSteps.Where(s => OurSteps.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} re-ran ({output.Reason}) after an unrelated C# edit.");
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_to_one_schema_file_reparses_only_that_file_and_no_migration_file()
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        var compilation = harness.CreateCompilation();
        var texts = harness.CreateAdditionalTexts();
        var driver = harness.CreateDriver(texts: texts).RunGenerators(compilation);

        var team = texts.Single(t => t.Path.EndsWith("/team.yaml", StringComparison.Ordinal));
        var edited = new TestAdditionalText(team.Path, team.GetText()!.ToString().Replace("A group of users", "A group of people", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(team, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.ParsedSchemas].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(parsed.Count - 1, parsed.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(
            result.TrackedSteps[TrackingNames.ParsedMigrations].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A migration file was re-parsed ({o.Reason})."));
        Assert.All(
            result.TrackedSteps[TrackingNames.History].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"The history was replayed again ({o.Reason})."));
    }

    [Fact]
    public void An_edit_to_a_migration_file_does_not_reparse_schema_files()
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        var compilation = harness.CreateCompilation();
        var texts = harness.CreateAdditionalTexts();
        var driver = harness.CreateDriver(texts: texts).RunGenerators(compilation);

        var migration = texts.First(t => t.Path.Contains("/migrations/", StringComparison.Ordinal));
        var edited = new TestAdditionalText(migration.Path, migration.GetText() + "\n# reviewed\n");
        var result = driver.ReplaceAdditionalText(migration, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(
            result.TrackedSteps[TrackingNames.ParsedSchemas].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A schema file was re-parsed ({o.Reason})."));
        Assert.Single(result.TrackedSteps[TrackingNames.ParsedMigrations].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void No_model_in_the_pipeline_holds_a_symbol_a_syntax_node_or_a_compilation()
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        var result = harness.CreateDriver().RunGenerators(harness.CreateCompilation()).GetRunResult().Results.Single();

        foreach (var (name, steps) in result.TrackedSteps.Where(s => OurSteps.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel, $"{path} holds a {value.GetType().Name}: pipeline models must be plain data.");
        if (value is Microsoft.CodeAnalysis.DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
