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
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<EquatableArray<DeclaredProperty>> declared)
    {
        var parsed = files.Read(InputFileKind.Schema, (TrackingNames.SchemaFiles, TrackingNames.ParsedSchemas), "reading a schema file",
            static (file, ct) => SchemaFileChecks.Check(SchemaFileParser.Parse(file, ct)), static (file, error) => new ParsedSchemaFile(file.Path, null, new[] { error }.ToEquatableArray()));

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var set = parsed.Collect().Combine(options)
            .Select(static (input, ct) => Guard.Run(
                "checking the schema files together",
                null,
                () => SchemaSetBuilder.Build(input.Left, input.Right.Namespace, ct),
                error => new SchemaSet(EquatableArray<SchemaModel>.Empty, true, new[] { error }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.SchemaSet);

        context.RegisterSourceOutput(set.Select(static (s, _) => s.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var entities = set.Combine(options).Combine(declared)
            .SelectMany(static (input, _) => input.Left.Left.Models.Select(m => EntityEmitter.Input(m, input.Left.Left, input.Left.Right.Namespace) with
            {
                Declared = DeclaredProperties.Of(input.Right, input.Left.Right.Namespace, m),
            }))
            .WithTrackingName(TrackingNames.EntityInputs)
            .Select(static (input, _) => Guard.Run(
                $"generating the entity {input.Model.Name}",
                input.Model.FilePath,
                () => EntityEmitter.Emit(input),
                error => new GeneratedSource(input.Model.Name + ".g.cs", string.Empty, error)))
            .WithTrackingName(TrackingNames.Entities);

        context.RegisterSourceOutput(entities, static (spc, source) => Guard.Add(spc, source));
        return set;
    }
}
