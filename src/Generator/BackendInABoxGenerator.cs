using BackendInABox.Generator.Model;
using BackendInABox.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator;

/// <summary>
/// Turns schema/*.yaml (and *.yml) into entity classes and migrations/*.yaml (*.yml) into FluentMigrator migrations,
/// and tells the build (and the runtime, through the manifest) what schema change is not yet captured.
/// Stages: parse (per file) → model → validate (cross-file) → diff (history replay vs schema) → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BackendInABoxGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(OptionsReader.Read)
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(InputFileSelector.Select)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.InputFiles);

        var schemas = SchemaPipeline.Register(context, files, options, DeclaredPropertyReader.Register(context));
        MigrationPipeline.Register(context, files, options, schemas);
        CodeStepClassReader.RegisterHandWrittenMigrations(context);
        DataAccessPipeline.Register(context, options, schemas, ReferencedLibrariesReader.Register(context));
    }
}
