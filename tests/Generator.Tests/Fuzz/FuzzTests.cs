using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Generator.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Fuzz;

/// <summary>
/// The generator must never throw (a thrown generator is only warning CS8785 and silently drops all generated code):
/// 10,000 mutations of the sample schema and migration files with a fixed seed, each parsed, and a sample of them run
/// through the whole generator and compiled.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 10_000;
    private const int FullRunEvery = 50;

    [Fact]
    public void Mutated_schema_and_migration_files_never_crash_and_every_rejected_file_says_why()
    {
        var schemas = SampleFiles("SampleSchema");
        var migrations = SampleFiles("SampleMigrations");
        var mutator = new Mutator(20261124);
        var fullRuns = 0;

        for (var i = 0; i < Cases; i++)
        {
            var useSchema = i % 2 == 0;
            var pool = useSchema ? schemas : migrations;
            var (name, original) = pool[i / 2 % pool.Count];
            var mutated = mutator.Mutate(original);
            var kind = useSchema ? InputFileKind.Schema : InputFileKind.Migration;
            var path = (useSchema ? GeneratorHarness.SchemaDirectory : GeneratorHarness.MigrationsDirectory) + "/" + name;
            var file = new InputFile(path, kind, mutated);

            bool parsed;
            IReadOnlyList<DiagnosticInfo> diagnostics;
            if (useSchema)
            {
                var result = SchemaFileChecks.Check(SchemaFileParser.Parse(file, CancellationToken.None));
                (parsed, diagnostics) = (result.Model is not null, result.Diagnostics);
            }
            else
            {
                var result = MigrationFileParser.Parse(file, CancellationToken.None);
                (parsed, diagnostics) = (result.Migration is not null, result.Diagnostics);
            }

            Assert.True(
                parsed || diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error),
                $"Case {i}: {name} was rejected without an error diagnostic:\n{mutated}");

            if (i % FullRunEvery == 0)
            {
                FullRun(i, useSchema, name, mutated);
                fullRuns++;
            }
        }

        Assert.Equal(Cases / FullRunEvery, fullRuns);
    }

    /// <summary>The whole generator on the sample with one file replaced: no exception, and without errors the output compiles.</summary>
    private static void FullRun(int i, bool schema, string name, string mutated)
    {
        var harness = new GeneratorHarness().WithRepositorySample();
        if (schema)
        {
            harness.WithSchema(name, mutated);
        }
        else
        {
            harness.WithMigration(name, mutated);
        }

        var run = harness.Run();
        Assert.True(run.Exception is null, $"Case {i}: the generator threw on {name}:\n{run.Exception}\n{mutated}");
        Assert.True(run.Output.GetTypeByMetadataName(Mutator.PayloadType) is null, $"Case {i}: text of {name} became C# code:\n{mutated}");
        if (!run.BiabDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"Case {i}: no BIAB error but the output does not compile:\n{string.Join("\n", errors)}\n{mutated}");
        }
    }

    private static List<(string Name, string Text)> SampleFiles(string folder) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
}
