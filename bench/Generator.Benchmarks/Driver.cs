using System.Collections.Immutable;
using BackendInABox.Tests.Shared;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Benchmarks;

/// <summary>A project as the package configures it: build properties, item metadata per YAML file, one C# file.</summary>
internal static class Driver
{
    public static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "BenchApp",
        [CSharpSyntaxTree.ParseText("namespace BenchApp; public static class Program { public static void Main() { } }")],
        Net100.References.All,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    public static GeneratorDriver Create(IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, CSharpParseOptions.Default, Options);

    private static readonly BuildOptionsProvider Options = new(
        new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "BenchApp",
            ["build_property.ProjectDir"] = "/bench/",
        },
        Inputs.Schemas.Select(t => (t.Path, Kind: "Schema"))
            .Concat(Inputs.Migrations.Select(t => (t.Path, Kind: "Migration")))
            .ToDictionary(f => f.Path, f => f.Kind, StringComparer.Ordinal));
}

/// <summary>
/// The baseline: a generator that only parses every YAML file with YamlDotNet's representation model, the least any
/// YAML-reading generator does, so the ratio shows what validation, replay, diff and emission add on top of that.
/// </summary>
internal sealed class YamlParsingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var documents = context.AdditionalTextsProvider.Select(static (t, ct) =>
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(t.GetText(ct)!.ToString()));
            return stream.Documents.Count;
        }).Collect();
        context.RegisterSourceOutput(documents, static (spc, all) => spc.AddSource("Documents.g.cs", $"// {all.Sum()}"));
    }
}
