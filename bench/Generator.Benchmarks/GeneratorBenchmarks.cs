using System.Collections.Immutable;
using BackendInABox.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Benchmarks;

/// <summary>
/// The generator over 200 schema files (and 200 migration files), each measured against the baseline of a generator
/// that only parses the same files with YamlDotNet, in the same run: this machine is noisy, ratios are what compare.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _withMigrations;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _toggle;

    [GlobalSetup]
    public void Setup()
    {
        _withMigrations = Inputs.Schemas.AddRange(Inputs.Migrations);
        _original = Inputs.Schemas[100];
        _edited = new Inputs.Text(_original.Path, Inputs.Schema(101, "An edited description."));
        _warm = Driver.Create(new BackendInABoxGenerator(), _withMigrations).RunGenerators(Driver.Compilation);
    }

    [Benchmark(Baseline = true, Description = "baseline: YamlDotNet parse of the 200 schema files")]
    public GeneratorDriver Baseline() => Driver.Create(new YamlParsingGenerator(), Inputs.Schemas).RunGenerators(Driver.Compilation);

    [Benchmark(Description = "full run, 200 schema files")]
    public GeneratorDriver FullSchemas() => Driver.Create(new BackendInABoxGenerator(), Inputs.Schemas).RunGenerators(Driver.Compilation);

    [Benchmark(Description = "full run, 200 schema + 200 migration files")]
    public GeneratorDriver FullWithMigrations() => Driver.Create(new BackendInABoxGenerator(), _withMigrations).RunGenerators(Driver.Compilation);

    /// <summary>An IDE keystroke: one schema file changes in a project whose previous run is cached.</summary>
    [Benchmark(Description = "one schema file edited (incremental)")]
    public GeneratorDriver OneFileEdit()
    {
        var (from, to) = _toggle ? (_edited, _original) : (_original, _edited);
        _toggle = !_toggle;
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(Driver.Compilation);
        return _warm;
    }
}
