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
        IncrementalValueProvider<DatabaseSet> databases,
        IncrementalValuesProvider<SchemaSet> schemas)
    {
        var parsed = files.Read(InputFileKind.Migration, (TrackingNames.MigrationFiles, TrackingNames.ParsedMigrations), "reading a migration file",
            static (file, ct) => MigrationFileParser.Parse(file, ct) with { Database = file.Database },
            static (file, error) => new ParsedMigrationFile(file.Path, null, new[] { error }.ToEquatableArray()) { Database = file.Database });

        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        var codeClasses = CodeStepClassReader.Register(context, parsed);
        context.RegisterSourceOutput(parsed.Combine(codeClasses).Select(static (input, _) => CodeStepChecks.Check(input.Left, input.Right)), static (spc, diagnostics) => Report(spc, diagnostics));

        var history = parsed.Collect().Combine(databases)
            .SelectMany(static (input, _) => DatabaseGroups.Migrations(input.Left, input.Right))
            .WithTrackingName(TrackingNames.MigrationInputs)
            .Select(static (input, ct) => Guard.Run(
                "replaying the migration history",
                null,
                () => HistoryBuilder.Build([.. input.Files], ct) with { Database = input.Database },
                error => new History(EquatableArray<MigrationPlan>.Empty, EquatableArray<TableShape>.Empty, EquatableArray<HeadInfo>.Empty, true, new[] { error }.ToEquatableArray()) { Database = input.Database }))
            .WithTrackingName(TrackingNames.History);

        context.RegisterSourceOutput(history.Select(static (h, _) => h.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(
            history.Select(static (h, _) => (h.Database, h.Heads)).Combine(databases),
            static (spc, input) =>
            {
                var ((database, heads), all) = input;
                var options = all.For(database);
                SeveralHeadsWarning.Report(spc, heads, options.IsLibrary, database, all.Databases.Count);
            });

        var classes = history.Combine(databases).Combine(codeClasses)
            .SelectMany(static (input, _) =>
            {
                var ((replayed, all), code) = input;
                var options = all.For(replayed.Database);
                return replayed.Migrations.Select(plan => Guard.Run(
                    $"generating the migration class of {plan.File.Id}",
                    plan.File.Path,
                    () => DatabaseNaming.Place(options, MigrationClassEmitter.Emit(plan, options.Namespace, code)),
                    error => new GeneratedSource(plan.File.Path, string.Empty, error)));
            })
            .WithTrackingName(TrackingNames.MigrationClasses);

        context.RegisterSourceOutput(classes, static (spc, source) => Guard.Add(spc, source));

        var pending = schemas.Collect().Combine(history.Collect())
            .SelectMany(static (input, _) => input.Left.Select(set => (Set: set, History: input.Right.First(h => h.Database == set.Database))))
            .Select(static (input, ct) => input.Set.HasErrors || input.History.HasErrors || !input.History.IsLinear
                ? (input.Set.Database, Change: (PendingChange?)null, Error: (DiagnosticInfo?)null)
                : Guard.Run(
                    "comparing the schema with the migration history",
                    null,
                    () => (input.Set.Database, Change: (PendingChange?)SchemaDiff.Compute(input.Set, input.History, ct), Error: (DiagnosticInfo?)null),
                    error => (input.Set.Database, Change: null, Error: error)))
            .WithTrackingName(TrackingNames.PendingChange);

        context.RegisterSourceOutput(pending.Combine(databases), static (spc, input) =>
        {
            var ((database, change, error), all) = input;
            if (error is not null)
            {
                spc.ReportDiagnostic(error.ToDiagnostic());
            }

            var options = all.For(database);
            PendingWarnings.Report(spc, change, options.IsLibrary, database, all.Databases.Count);
        });

        var diagram = schemas
            .Select(static (set, _) => Guard.Run(
                "drawing the schema diagram",
                null,
                () => new SchemaDiagram(set.HasErrors, set.HasErrors ? null : DiagramEmitter.Emit(set), null) { Database = set.Database },
                error => new SchemaDiagram(set.HasErrors, null, error) { Database = set.Database }))
            .WithTrackingName(TrackingNames.Diagram);

        context.RegisterSourceOutput(diagram, static (spc, d) =>
        {
            if (d.Error is { } error)
            {
                spc.ReportDiagnostic(error.ToDiagnostic());
            }
        });

        var manifest = history.Collect().Combine(pending.Collect()).Combine(diagram.Collect()).Combine(databases)
            .SelectMany(static (input, _) =>
            {
                var (((histories, changes), diagrams), all) = input;
                var names = all.Databases.Select(d => d.Database).ToEquatableArray();
                return all.Databases.Select(options =>
                {
                    var replayed = histories.First(h => h.Database == options.Database);
                    var change = changes.First(c => c.Database == options.Database);
                    var drawn = diagrams.First(d => d.Database == options.Database);
                    return new ManifestInput(
                        options,
                        replayed,
                        change.Change,
                        drawn,
                        !replayed.HasErrors && !drawn.SchemaHasErrors && change.Error is null,
                        options.IsDefaultDatabase ? names : EquatableArray<string>.Empty);
                });
            })
            .WithTrackingName(TrackingNames.ManifestInputs)
            .Select(static (input, _) => Guard.Run(
                "writing the build manifest",
                null,
                () => DatabaseNaming.Place(input.Options, ManifestEmitter.Emit(input.Options, input.History, input.Pending, input.Diagram, input.Valid, input.Databases)),
                error => new GeneratedSource(DatabaseNaming.HintName(input.Options, ManifestEmitter.HintName), string.Empty, error)))
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
