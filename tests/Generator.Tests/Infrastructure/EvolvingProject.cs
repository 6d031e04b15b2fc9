using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>
/// A project whose schema evolves in memory through the user's loop: set the schema, build, take the pending change
/// the manifest carries and write it as the next migration file (what `migrate generate` does), build again.
/// </summary>
internal sealed class EvolvingProject
{
    private readonly Dictionary<string, string> _schema = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Text)> _migrations = [];
    private long _nextId = 20260101000000;

    public IReadOnlyList<(string Name, string Text)> Migrations => _migrations;

    public EvolvingProject Schema(string file, string yaml)
    {
        _schema[file] = yaml;
        return this;
    }

    public EvolvingProject RemoveSchema(string file)
    {
        _schema.Remove(file);
        return this;
    }

    public GeneratorRun Run()
    {
        var harness = new GeneratorHarness();
        foreach (var (file, yaml) in _schema)
        {
            harness.WithSchema(file, yaml);
        }

        foreach (var (name, text) in _migrations)
        {
            harness.WithMigration(name, text);
        }

        return harness.Run();
    }

    /// <summary>Writes the pending change as the next migration file (fails when there is none) and returns its text.</summary>
    public string Generate(string description)
    {
        var run = Run();
        var pending = ManifestReader.PendingYaml(run) ?? throw new Xunit.Sdk.XunitException("No pending change to generate:\n" + string.Join("\n", run.BiabDiagnostics));
        return Add(description, pending);
    }

    /// <summary>Adds a hand-written migration file after the newest one.</summary>
    public string Add(string description, string upAndDown)
    {
        var id = _nextId;
        _nextId += 100;
        var parent = _migrations.Count == 0 ? string.Empty : $"parent: {id - 100}\n";
        var text = $"id: {id.ToString(CultureInfo.InvariantCulture)}\ndescription: {description}\n{parent}{upAndDown}";
        _migrations.Add(($"{id}_{description.Replace(' ', '_')}.yaml", text));
        return text;
    }

    public void AddFile(string name, string text) => _migrations.Add((name, text));

    /// <summary>After generating, the history must produce the schema: no diagnostic at all, and compiling code.</summary>
    public static void AssertClean(GeneratorRun run)
    {
        Assert.Null(run.Exception);
        Assert.Empty(run.BiabDiagnostics.Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Null(ManifestReader.PendingYaml(run));
    }

    public static IEnumerable<string> Messages(GeneratorRun run, string id) =>
        run.BiabDiagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(CultureInfo.InvariantCulture));

    public static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
