using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Emit;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The migration half: migration files → replayed history → diff against the schema → migration classes and the manifest.</summary>
internal static class MigrationPipeline
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<SchemaSet> schemas)
    {
        var parsed = files
            .Where(static f => f.Kind == InputFileKind.Migration)
            .WithTrackingName(TrackingNames.MigrationFiles)
            .Select(static (file, ct) => MigrationFileParser.Parse(file, ct))
            .WithTrackingName(TrackingNames.ParsedMigrations);

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        var history = parsed.Collect()
            .Select(static (all, ct) => HistoryBuilder.Build(all, ct))
            .WithTrackingName(TrackingNames.History);

        context.RegisterSourceOutput(history.Select(static (h, _) => h.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        var classes = history.Combine(options)
            .SelectMany(static (input, _) => input.Left.Migrations.Select(plan => MigrationClassEmitter.Emit(plan, input.Right.Namespace)))
            .WithTrackingName(TrackingNames.MigrationClasses);

        context.RegisterSourceOutput(classes, static (spc, source) => spc.AddSource(source.HintName, source.Text));

        var pending = schemas.Combine(history)
            .Select(static (input, ct) => input.Left.HasErrors || input.Right.HasErrors || !input.Right.IsLinear
                ? null
                : SchemaDiff.Compute(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.PendingChange);

        context.RegisterSourceOutput(pending, static (spc, change) => PendingWarnings.Report(spc, change));

        var manifest = options.Combine(history).Combine(pending).Combine(schemas)
            .Select(static (input, _) => ManifestEmitter.Emit(
                input.Left.Left.Left,
                input.Left.Left.Right,
                input.Left.Right,
                !input.Left.Left.Right.HasErrors && !input.Right.HasErrors))
            .WithTrackingName(TrackingNames.Manifest);

        context.RegisterSourceOutput(manifest, static (spc, source) => spc.AddSource(source.HintName, source.Text));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
