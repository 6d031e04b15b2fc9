using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

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
        CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, CSharpParseOptions.Default, new Options());

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Global = new(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "BenchApp",
            ["build_property.ProjectDir"] = "/bench/",
        });

        private static readonly Values SchemaFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BackendInABoxKind"] = "Schema" });
        private static readonly Values MigrationFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BackendInABoxKind"] = "Migration" });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.StartsWith(Inputs.MigrationsDirectory, StringComparison.Ordinal) ? MigrationFile : SchemaFile;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
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
