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
    /// <summary>One schema set per database, in declaration order.</summary>
    public static IncrementalValuesProvider<SchemaSet> Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<DatabaseSet> databases,
        IncrementalValueProvider<EquatableArray<DeclaredProperty>> declared)
    {
        var parsed = files.Read(InputFileKind.Schema, (TrackingNames.SchemaFiles, TrackingNames.ParsedSchemas), "reading a schema file",
            static (file, ct) => SchemaFileChecks.Check(SchemaFileParser.Parse(file, ct)) with { Database = file.Database },
            static (file, error) => new ParsedSchemaFile(file.Path, null, new[] { error }.ToEquatableArray()) { Database = file.Database });

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var set = parsed.Collect().Combine(databases)
            .SelectMany(static (input, _) => DatabaseGroups.Schemas(input.Left, input.Right))
            .WithTrackingName(TrackingNames.SchemaInputs)
            .Select(static (input, ct) => Guard.Run(
                "checking the schema files together",
                null,
                () => SchemaSetBuilder.Build([.. input.Files], input.Options.Namespace, ct, input.Options.Database, [.. input.Elsewhere]),
                error => new SchemaSet(EquatableArray<SchemaModel>.Empty, true, new[] { error }.ToEquatableArray()) { Database = input.Options.Database }))
            .WithTrackingName(TrackingNames.SchemaSet);

        context.RegisterSourceOutput(set.Select(static (s, _) => s.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var entities = set.Combine(databases).Combine(declared)
            .SelectMany(static (input, _) =>
            {
                var ((schemas, all), properties) = input;
                var options = all.For(schemas.Database);
                return schemas.Models.Select(m => (Options: options, Input: EntityEmitter.Input(m, schemas, options.Namespace) with
                {
                    Declared = DeclaredProperties.Of(properties, options.Namespace, m),
                }));
            })
            .WithTrackingName(TrackingNames.EntityInputs)
            .Select(static (input, _) => Guard.Run(
                $"generating the entity {input.Input.Model.Name}",
                input.Input.Model.FilePath,
                () => DatabaseNaming.Place(input.Options, EntityEmitter.Emit(input.Input)),
                error => new GeneratedSource(input.Input.Model.Name + ".g.cs", string.Empty, error)))
            .WithTrackingName(TrackingNames.Entities);

        context.RegisterSourceOutput(entities, static (spc, source) => Guard.Add(spc, source));
        return set;
    }
}
