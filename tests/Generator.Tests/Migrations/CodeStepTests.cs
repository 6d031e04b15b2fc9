using BackendInABox.Generator.Emit;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Parsing;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using OperationKind = BackendInABox.Generator.Model.OperationKind;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>`- code: ClassName` steps: read, written back, found in the app's C# at build time, and reported at their line when they cannot run.</summary>
public sealed class CodeStepTests
{
    private const string Initial = """
        id: 20260101000000
        description: initial
        up:
          - create_table:
              table: people
              columns:
                - { name: id, type: integer, primary: true }
                - { name: name, type: string, max_length: 100 }
        down:
          - drop_table: { table: people }
        """;

    private const string Schema = """
        name: Person
        table: people
        fields:
          id:   { type: integer, primary: true }
          name: { type: string, max_length: 100 }
        """;

    private const string Backfill = """
        id: 20260102000000
        description: backfill names
        parent: 20260101000000
        up:
          - sql: "UPDATE people SET name = 'x' WHERE name IS NULL"
          - code: BackfillNames
        down:
          - code: ForgetNames
        """;

    private const string StepClasses = """
        namespace TestApp.Steps;

        public sealed class BackfillNames : BackendInABox.IMigrationStep
        {
            public System.Threading.Tasks.Task RunAsync(BackendInABox.MigrationStepContext context, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
        }

        internal sealed class ForgetNames : BackendInABox.IMigrationStep
        {
            public System.Threading.Tasks.Task RunAsync(BackendInABox.MigrationStepContext context, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
        }
        """;

    [Fact]
    public void A_code_step_is_read_and_written_back_as_it_was()
    {
        var parsed = MigrationFileParser.Parse(new InputFile("/app/migrations/20260102000000_backfill_names.yaml", InputFileKind.Migration, Backfill), CancellationToken.None);

        Assert.Empty(parsed.Diagnostics);
        var migration = parsed.Migration!;
        var code = Assert.Single(migration.Up, o => o.Kind == OperationKind.Code);
        Assert.Equal("BackfillNames", code.Name);
        Assert.Equal(5, code.Location!.Line);
        var yaml = OperationYamlWriter.Write(migration.Up, migration.Down);
        Assert.Contains("  - code: BackfillNames\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  - code: ForgetNames\n", yaml, StringComparison.Ordinal);
        var again = MigrationFileParser.Parse(new InputFile("/app/migrations/20260102000000_backfill_names.yaml", InputFileKind.Migration, "id: 20260102000000\ndescription: backfill names\nparent: 20260101000000\n" + yaml), CancellationToken.None);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(WithoutPlaces(migration.Up), WithoutPlaces(again.Migration!.Up));
        Assert.Equal(WithoutPlaces(migration.Down), WithoutPlaces(again.Migration.Down));
    }

    [Fact]
    public void The_generated_migration_creates_the_apps_class_in_its_place_and_the_replay_sees_no_schema_change()
    {
        var run = App(Backfill).WithCSharp("Steps.cs", StepClasses).Run();

        Assert.Empty(run.BiabDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var source = run.Source("M20260102000000_BackfillNames.g.cs");
        var sql = source.IndexOf("UPDATE people", StringComparison.Ordinal);
        var up = source.IndexOf("Execute.WithConnection(new global::BackendInABox.CodeStep(\"BackfillNames\", global::BackendInABox.MigrationDirection.Up, static () => new global::TestApp.Steps.BackfillNames()).Run);", StringComparison.Ordinal);
        Assert.True(sql > 0 && up > sql, source);
        Assert.Contains("Execute.WithConnection(new global::BackendInABox.CodeStep(\"ForgetNames\", global::BackendInABox.MigrationDirection.Down, static () => new global::TestApp.Steps.ForgetNames()).Run);", source, StringComparison.Ordinal);
        Assert.Contains("UpCodeSteps = new string[] { \"BackfillNames\" }, DownCodeSteps = new string[] { \"ForgetNames\" }", run.Source("BackendInABox.BuildManifest.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_step_naming_no_class_is_BIAB095_at_its_line_with_a_suggestion()
    {
        var run = App(Backfill.Replace("code: BackfillNames", "code: BackfilNames", StringComparison.Ordinal)).WithCSharp("Steps.cs", StepClasses).Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB095", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertAt(diagnostic, "20260102000000_backfill_names.yaml", line: 6, column: 11);
        Assert.Equal("The code step 'BackfilNames' names no class of the app. Did you mean 'BackfillNames'? Write a class 'BackfilNames' that implements BackendInABox.IMigrationStep (any namespace).", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_code_step_naming_a_class_that_is_not_a_step_is_BIAB095_saying_why()
    {
        var run = App(Backfill).WithCSharp("Steps.cs", StepClasses.Replace("class BackfillNames : BackendInABox.IMigrationStep", "class BackfillNames", StringComparison.Ordinal)).Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB095", diagnostic.Id);
        AssertAt(diagnostic, "20260102000000_backfill_names.yaml", line: 6, column: 11);
        Assert.StartsWith("The code step 'BackfillNames' cannot run TestApp.Steps.BackfillNames, which does not implement BackendInABox.IMigrationStep", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_class_without_a_constructor_the_migration_can_call_is_BIAB095()
    {
        var run = App(Backfill).WithCSharp("Steps.cs", StepClasses.Replace("internal sealed class ForgetNames : BackendInABox.IMigrationStep\n{", "internal sealed class ForgetNames : BackendInABox.IMigrationStep\n{\n    public ForgetNames(int seed) { }", StringComparison.Ordinal)).Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB095", diagnostic.Id);
        AssertAt(diagnostic, "20260102000000_backfill_names.yaml", line: 8, column: 11);
        Assert.Contains("TestApp.Steps.ForgetNames, which has no public constructor without parameters", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_step_classes_of_one_name_are_BIAB096_naming_both()
    {
        var other = "namespace TestApp.Other;\npublic sealed class BackfillNames : BackendInABox.IMigrationStep\n{\n    public System.Threading.Tasks.Task RunAsync(BackendInABox.MigrationStepContext context, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;\n}\n";
        var run = App(Backfill).WithCSharp("Steps.cs", StepClasses).WithCSharp("Other.cs", other).Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB096", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertAt(diagnostic, "20260102000000_backfill_names.yaml", line: 6, column: 11);
        Assert.Equal("The code step 'BackfillNames' matches 2 classes of the app (TestApp.Other.BackfillNames, TestApp.Steps.BackfillNames); a code step names its class by its simple name, so rename all but one.", diagnostic.GetMessage());
    }

    [Fact]
    public void A_hand_written_FluentMigrator_migration_is_BIAB097_at_the_class_pointing_to_code_steps()
    {
        var handWritten = "namespace TestApp;\n\n[FluentMigrator.Migration(20260103000000)]\npublic sealed class AddNotes : FluentMigrator.Migration\n{\n    public override void Up() => Execute.Sql(\"SELECT 1\");\n\n    public override void Down() { }\n}\n";
        var run = App(null).WithCSharp("AddNotes.cs", handWritten).Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics);
        Assert.Equal("BIAB097", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, "AddNotes.cs", line: 4, column: 21);
        Assert.Contains("TestApp.AddNotes is a FluentMigrator migration written by hand; `migrate` runs only the migrations generated from migrations/*.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'- code: ClassName'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>The operations without their places in the file, which the written text need not keep.</summary>
    private static List<Operation> WithoutPlaces(EquatableArray<Operation> operations) => [.. operations.Select(o => o with { Location = null })];

    private static GeneratorHarness App(string? second)
    {
        var harness = new GeneratorHarness()
            .WithSchema("person.yaml", Schema)
            .WithMigration("20260101000000_initial.yaml", Initial);
        return second is null ? harness : harness.WithMigration("20260102000000_backfill_names.yaml", second);
    }

    /// <summary>One-based line and column, as the build prints them.</summary>
    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
