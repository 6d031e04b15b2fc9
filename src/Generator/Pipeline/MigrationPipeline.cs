using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Emit;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using BackendInABox.Generator.Validation;
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
        var parsed = files.Read(InputFileKind.Migration, (TrackingNames.MigrationFiles, TrackingNames.ParsedMigrations), "reading a migration file",
            static (file, ct) => MigrationFileParser.Parse(file, ct), static (file, error) => new ParsedMigrationFile(file.Path, null, new[] { error }.ToEquatableArray()));

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        var codeClasses = CodeStepClassReader.Register(context, parsed);
        context.RegisterSourceOutput(parsed.Combine(codeClasses).Select(static (input, _) => CodeStepChecks.Check(input.Left, input.Right)), static (spc, diagnostics) => Report(spc, diagnostics));

        var history = parsed.Collect()
            .Select(static (all, ct) => Guard.Run(
                "replaying the migration history",
                null,
                () => HistoryBuilder.Build(all, ct),
                error => new History(EquatableArray<MigrationPlan>.Empty, EquatableArray<TableShape>.Empty, EquatableArray<HeadInfo>.Empty, true, new[] { error }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.History);

        context.RegisterSourceOutput(history.Select(static (h, _) => h.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(
            history.Select(static (h, _) => h.Heads).Combine(options.Select(static (o, _) => o.IsLibrary)),
            static (spc, input) => SeveralHeadsWarning.Report(spc, input.Left, input.Right));

        var classes = history.Combine(options).Combine(codeClasses)
            .SelectMany(static (input, _) => input.Left.Left.Migrations.Select(plan => Guard.Run(
                $"generating the migration class of {plan.File.Id}",
                plan.File.Path,
                () => MigrationClassEmitter.Emit(plan, input.Left.Right.Namespace, input.Right),
                error => new GeneratedSource(plan.File.Path, string.Empty, error))))
            .WithTrackingName(TrackingNames.MigrationClasses);

        context.RegisterSourceOutput(classes, static (spc, source) => Guard.Add(spc, source));

        var pending = schemas.Combine(history)
            .Select(static (input, ct) => input.Left.HasErrors || input.Right.HasErrors || !input.Right.IsLinear
                ? (Change: (PendingChange?)null, Error: (DiagnosticInfo?)null)
                : Guard.Run(
                    "comparing the schema with the migration history",
                    null,
                    () => (Change: (PendingChange?)SchemaDiff.Compute(input.Left, input.Right, ct), Error: (DiagnosticInfo?)null),
                    error => (Change: null, Error: error)))
            .WithTrackingName(TrackingNames.PendingChange);

        context.RegisterSourceOutput(pending.Combine(options.Select(static (o, _) => o.IsLibrary)), static (spc, input) =>
        {
            if (input.Left.Error is { } error)
            {
                spc.ReportDiagnostic(error.ToDiagnostic());
            }

            PendingWarnings.Report(spc, input.Left.Change, input.Right);
        });

        var diagram = schemas
            .Select(static (set, _) => Guard.Run(
                "drawing the schema diagram",
                null,
                () => new SchemaDiagram(set.HasErrors, set.HasErrors ? null : DiagramEmitter.Emit(set), null),
                error => new SchemaDiagram(set.HasErrors, null, error)))
            .WithTrackingName(TrackingNames.Diagram);

        context.RegisterSourceOutput(diagram, static (spc, d) =>
        {
            if (d.Error is { } error)
            {
                spc.ReportDiagnostic(error.ToDiagnostic());
            }
        });

        var manifest = options.Combine(history).Combine(pending).Combine(diagram)
            .Select(static (input, _) => Guard.Run(
                "writing the build manifest",
                null,
                () => ManifestEmitter.Emit(
                    input.Left.Left.Left,
                    input.Left.Left.Right,
                    input.Left.Right.Change,
                    input.Right,
                    !input.Left.Left.Right.HasErrors && !input.Right.SchemaHasErrors && input.Left.Right.Error is null),
                error => new GeneratedSource("BackendInABox.BuildManifest.g.cs", string.Empty, error)))
            .WithTrackingName(TrackingNames.Manifest);

        context.RegisterSourceOutput(manifest, static (spc, source) => Guard.Add(spc, source));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
