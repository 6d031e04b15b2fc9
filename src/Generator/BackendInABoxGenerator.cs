using BackendInABox.Generator.Model;
using BackendInABox.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator;

/// <summary>
/// Turns schema/*.yaml (and *.yml) into entity classes and migrations/*.yaml (*.yml) into FluentMigrator migrations,
/// and tells the build (and the runtime, through the manifest) what schema change is not yet captured.
/// Stages: parse (per file) → model → validate (cross-file) → diff (history replay vs schema) → emit, each database
/// (the implicit one and every BackendInABoxDatabase item) through the same steps on its own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BackendInABoxGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var databases = context.AnalyzerConfigOptionsProvider
            .Select(DatabasesReader.Read)
            .WithTrackingName(TrackingNames.Databases);

        context.RegisterSourceOutput(databases.Select(static (d, _) => d.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(InputFileSelector.Select)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.InputFiles);

        var schemas = SchemaPipeline.Register(context, files, databases, DeclaredPropertyReader.Register(context));
        MigrationPipeline.Register(context, files, databases, schemas);
        CodeStepClassReader.RegisterHandWrittenMigrations(context);
        DataAccessPipeline.Register(context, databases, schemas, ReferencedLibrariesReader.Register(context));
    }
}
