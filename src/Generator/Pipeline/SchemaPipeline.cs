using System.Linq;
using BackendInABox.Generator.Emit;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using BackendInABox.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The schema half: schema files → validated models → entity classes.</summary>
internal static class SchemaPipeline
{
    public static IncrementalValueProvider<SchemaSet> Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<GeneratorOptions> options)
    {
        var parsed = files
            .Where(static f => f.Kind == InputFileKind.Schema)
            .WithTrackingName(TrackingNames.SchemaFiles)
            .Select(static (file, ct) => SchemaFileParser.Parse(file, ct))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var set = parsed.Collect()
            .Select(static (files, ct) => SchemaSetBuilder.Build(files, ct))
            .WithTrackingName(TrackingNames.SchemaSet);

        context.RegisterSourceOutput(set.Select(static (s, _) => s.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var entities = set.Combine(options)
            .SelectMany(static (input, _) => input.Left.Models.Select(m => EntityEmitter.Emit(m, input.Left, input.Right.Namespace)))
            .WithTrackingName(TrackingNames.Entities);

        context.RegisterSourceOutput(entities, static (spc, source) => spc.AddSource(source.HintName, source.Text));
        return set;
    }
}
