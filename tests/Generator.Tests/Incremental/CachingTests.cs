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

    /// <summary>The sample as an app with the data-access libraries, so the steps that emit for them run too.</summary>
    private static GeneratorHarness Sample() =>
        new GeneratorHarness().WithRepositorySample().WithReferencesOf(typeof(Npgsql.NpgsqlCommand), typeof(Microsoft.Data.Sqlite.SqliteCommand), typeof(Dapper.SqlMapper));

    [Fact]
    public void Every_tracking_name_is_a_step_of_the_generator()
    {
        var harness = Sample();
        var result = harness.CreateDriver().RunGenerators(harness.CreateCompilation()).GetRunResult().Results.Single();

        // Roslyn tracks its own inputs (AdditionalTexts, ...) beside ours.
        Assert.NotEmpty(OurSteps);
        Assert.Subset(result.TrackedSteps.Keys.ToHashSet(StringComparer.Ordinal), OurSteps.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void An_edit_to_an_unrelated_CSharp_file_leaves_every_step_cached()
    {
        var harness = Sample();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace TestApp; internal static class Unrelated { }", path: "Unrelated.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in OurSteps)
        {
            var before = Outputs(first, name);
            var after = Outputs(second, name);
            Assert.True(before.Count == after.Count, $"Step {name} had {before.Count} outputs, then {after.Count} after an unrelated C# edit.");
            for (var i = 0; i < after.Count; i++)
            {
                Assert.True(
                    after[i].Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} output {i} re-ran ({after[i].Reason}) after an unrelated C# edit.");
                Assert.True(Equals(before[i].Value, after[i].Value), $"Step {name} output {i} differs between the two runs.");
            }
        }

        var sources = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_to_one_schema_file_reparses_only_that_file_and_no_migration_file()
    {
        var result = RunAgainAfterEditing(texts => texts.Single(t => t.Path.EndsWith("/team.yaml", StringComparison.Ordinal)), text => text.Replace("A group of users", "A group of people", StringComparison.Ordinal));

        var parsed = Outputs(result, TrackingNames.ParsedSchemas);
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(parsed.Count - 1, parsed.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(
            Outputs(result, TrackingNames.ParsedMigrations),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A migration file was re-parsed ({o.Reason})."));
        Assert.All(
            Outputs(result, TrackingNames.History),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"The history was replayed again ({o.Reason})."));
    }

    [Fact]
    public void An_edit_to_one_schema_file_re_emits_only_that_entity()
    {
        var result = RunAgainAfterEditing(texts => texts.Single(t => t.Path.EndsWith("/team.yaml", StringComparison.Ordinal)), text => text.Replace("A group of users", "A group of people", StringComparison.Ordinal));

        var entities = Outputs(result, TrackingNames.Entities);
        Assert.True(entities.Count > 1, "The sample has one model only, so nothing shows that the others were left alone.");
        Assert.Single(entities, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(entities.Count - 1, entities.Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void An_edit_to_a_model_description_leaves_the_manifest_cached()
    {
        var result = RunAgainAfterEditing(texts => texts.Single(t => t.Path.EndsWith("/team.yaml", StringComparison.Ordinal)), text => text.Replace("A group of users", "A group of people", StringComparison.Ordinal));

        Assert.All(Outputs(result, TrackingNames.Diagram), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(result, TrackingNames.Manifest), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_to_a_migration_file_does_not_reparse_schema_files()
    {
        var result = RunAgainAfterEditing(texts => texts.First(t => t.Path.Contains("/migrations/", StringComparison.Ordinal)), text => text + "\n# reviewed\n");

        Assert.All(
            Outputs(result, TrackingNames.ParsedSchemas),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A schema file was re-parsed ({o.Reason})."));
        Assert.Single(Outputs(result, TrackingNames.ParsedMigrations), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void No_model_in_the_pipeline_holds_a_symbol_a_syntax_node_or_a_compilation()
    {
        var harness = Sample();
        var result = harness.CreateDriver().RunGenerators(harness.CreateCompilation()).GetRunResult().Results.Single();

        foreach (var name in OurSteps)
        {
            foreach (var output in Outputs(result, name))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>The sample run once, then again after one of its YAML files is edited.</summary>
    private static GeneratorRunResult RunAgainAfterEditing(Func<IEnumerable<AdditionalText>, AdditionalText> pick, Func<string, string> edit)
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        var compilation = harness.CreateCompilation();
        var texts = harness.CreateAdditionalTexts();
        var driver = harness.CreateDriver(texts: texts).RunGenerators(compilation);

        var original = pick(texts);
        var edited = new TestAdditionalText(original.Path, edit(original.GetText()!.ToString()));
        return driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    /// <summary>
    /// The outputs of one tracked step, which must exist and have run on something: a step that lost its tracking
    /// name, or a sample that no longer reaches it, would otherwise make every assertion over it vacuous.
    /// </summary>
    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string name)
    {
        Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"No step is tracked as {name}; tracked: {string.Join(", ", result.TrackedSteps.Keys)}.");
        var outputs = steps.SelectMany(s => s.Outputs).ToList();
        Assert.True(outputs.Count > 0, $"The step {name} produced nothing over the sample.");
        return outputs;
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
