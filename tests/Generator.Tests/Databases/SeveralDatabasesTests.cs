using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static BackendInABox.Generator.Tests.Databases.DatabaseSchemas;

namespace BackendInABox.Generator.Tests.Databases;

/// <summary>
/// An app with a second database (a BackendInABoxDatabase item): each database runs through the schema and migration
/// pipeline on its own, with its own models, namespace, history, pending change and manifest.
/// </summary>
public sealed class SeveralDatabasesTests
{
    [Fact]
    public void Two_databases_may_each_have_a_model_of_the_same_name_and_migrations_of_the_same_id()
    {
        var run = TwoDatabases().Run().WithoutDiagnostic("BIAB200");

        Assert.Empty(run.BiabDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Event"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Analytics.Event"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Migrations.M20260101000000_Users"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Analytics.Migrations.M20260101000000_Sessions"));
        Assert.Null(run.Output.GetTypeByMetadataName("TestApp.Session"));
        Assert.Contains("analytics/Event.g.cs", run.HintNames);
        Assert.Contains("Event.g.cs", run.HintNames);
    }

    [Fact]
    public void A_ref_resolves_to_the_model_of_its_own_database()
    {
        var run = TwoDatabases().Run();

        var analyticsEvent = run.Output.GetTypeByMetadataName("TestApp.Analytics.Event")!;
        var defaultEvent = run.Output.GetTypeByMetadataName("TestApp.Event")!;
        Assert.Contains(analyticsEvent.GetMembers(), m => m.Name == "SessionId");
        Assert.Contains(defaultEvent.GetMembers(), m => m.Name == "UserId");
    }

    [Fact]
    public void Each_database_has_its_manifest_in_declaration_order_with_its_own_history_and_pending_change()
    {
        var run = TwoDatabases().WithDatabase("audit").Run();

        var manifests = ManifestReader.ReadAll(run);
        Assert.Equal(["default", "analytics", "audit"], manifests.Select(m => m.Database));
        var (main, analytics, audit) = (manifests[0], manifests[1], manifests[2]);
        Assert.Equal(("TestApp", "TestApp.Migrations", "/app/schema", "/app/migrations"), (main.Namespace, main.MigrationsNamespace, main.SchemaDirectory, main.MigrationsDirectory));
        Assert.Equal(("TestApp.Analytics", "TestApp.Analytics.Migrations", "/app/analytics/schema", "/app/analytics/migrations"), (analytics.Namespace, analytics.MigrationsNamespace, analytics.SchemaDirectory, analytics.MigrationsDirectory));
        Assert.All(manifests, m => Assert.Equal("/app", m.ProjectDirectory));

        Assert.Equal("/app/migrations/20260101000000_users.yaml", Assert.Single(main.Migrations).File);
        Assert.Equal("/app/analytics/migrations/20260101000000_sessions.yaml", Assert.Single(analytics.Migrations).File);
        Assert.Equal(20260101000000L, Assert.Single(analytics.Heads).Id);
        Assert.Equal(["sessions"], analytics.Schema!.Select(t => t.Name));
        Assert.Equal(["users"], main.Schema!.Select(t => t.Name));
        Assert.Contains("table events added", main.Pending!.Summary);
        Assert.Contains("table events added", analytics.Pending!.Summary);
        Assert.Contains("session_id", analytics.Pending.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("session_id", main.Pending.Yaml, StringComparison.Ordinal);
        Assert.Contains("Session", analytics.Diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("Session", main.Diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_database_without_files_has_an_empty_manifest_for_migrate_init_to_write_into()
    {
        var run = new GeneratorHarness().WithDatabase("audit", schemaDir: "db/audit/schema", migrationsDir: "db/audit/migrations").WithSchema("user.yaml", User).Run().WithoutDiagnostic("BIAB200");

        Assert.Empty(run.BiabDiagnostics);
        var audit = ManifestReader.ReadAll(run).Single(m => m.Database == "audit");
        Assert.Equal(("/app/db/audit/schema", "/app/db/audit/migrations"), (audit.SchemaDirectory, audit.MigrationsDirectory));
        Assert.Empty(audit.Migrations);
        Assert.Null(audit.Pending);
        Assert.True(audit.HistoryValid);
    }

    [Fact]
    public void Namespace_metadata_names_the_models_and_migrations_namespace()
    {
        var run = new GeneratorHarness()
            .WithDatabase("analytics", ns: "Acme.Telemetry")
            .WithDatabaseSchema("analytics", "session.yaml", Session)
            .WithDatabaseMigration("analytics", "20260101000000_sessions.yaml", AnalyticsSessions)
            .Run();

        Assert.Empty(run.CompilationProblems);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Telemetry.Session"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Telemetry.Migrations.M20260101000000_Sessions"));
        var analytics = ManifestReader.ReadAll(run).Single(m => m.Database == "analytics");
        Assert.Equal(("Acme.Telemetry", "Acme.Telemetry.Migrations"), (analytics.Namespace, analytics.MigrationsNamespace));
    }

    [Fact]
    public void The_pending_change_warning_names_the_database_in_the_command_that_captures_it_the_default_one_too()
    {
        var run = TwoDatabases().Run();

        var warnings = run.BiabDiagnostics.Where(d => d.Id == "BIAB200").ToList();
        var analytics = Assert.Single(warnings, d => d.Location.GetLineSpan().Path == "/app/analytics/schema/event.yaml");
        Assert.Contains("`dotnet run -- migrate --database analytics generate \"<message>\"`", analytics.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var main = Assert.Single(warnings, d => d.Location.GetLineSpan().Path == "/app/schema/event.yaml");
        Assert.Contains("`dotnet run -- migrate --database default generate \"<message>\"`", main.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_heads_in_one_database_leave_the_other_databases_history_linear()
    {
        const string Left = """
            id: 20260102000000
            description: left
            parent: 20260101000000
            up:
              - sql: "SELECT 1"
            down:
              - sql: "SELECT 1"
            """;
        var right = Left.Replace("20260102000000", "20260103000000", StringComparison.Ordinal).Replace("left", "right", StringComparison.Ordinal);
        var run = TwoDatabases()
            .WithDatabaseMigration("analytics", "20260102000000_left.yaml", Left)
            .WithDatabaseMigration("analytics", "20260103000000_right.yaml", right)
            .Run();

        var heads = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB110");
        Assert.StartsWith("/app/analytics/migrations/", heads.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("Run `dotnet run -- migrate --database analytics merge`", heads.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var manifests = ManifestReader.ReadAll(run);
        Assert.Equal(2, manifests.Single(m => m.Database == "analytics").Heads.Count);
        Assert.Equal(20260101000000L, manifests.Single(m => m.Database == "default").HeadId);
    }

    [Fact]
    public void A_code_step_of_any_database_finds_the_apps_class()
    {
        const string Step = """
            namespace TestApp;

            public sealed class StampSessions : BackendInABox.IMigrationStep
            {
                public System.Threading.Tasks.Task RunAsync(BackendInABox.MigrationStepContext context, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
            }
            """;
        var withStep = AnalyticsSessions.Replace("  - drop_table: { table: sessions }", "  - code: StampSessions\n  - drop_table: { table: sessions }", StringComparison.Ordinal);
        var missing = withStep.Replace("StampSessions", "StampSesions", StringComparison.Ordinal);

        var found = TwoDatabases().WithDatabaseMigration("analytics", "20260101000000_sessions.yaml", withStep).WithCSharp("Steps.cs", Step).Run();
        var notFound = TwoDatabases().WithDatabaseMigration("analytics", "20260101000000_sessions.yaml", missing).WithCSharp("Steps.cs", Step).Run();

        Assert.DoesNotContain(found.BiabDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(found.CompilationProblems);
        var error = Assert.Single(notFound.BiabDiagnostics, d => d.Id == "BIAB095");
        Assert.Equal("/app/analytics/migrations/20260101000000_sessions.yaml", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Each_database_has_its_EF_Core_model_and_Dapper_registration_in_its_own_namespace()
    {
        const string Contexts = """
            using Microsoft.EntityFrameworkCore;

            namespace TestApp
            {
                public sealed class AppContext(DbContextOptions<AppContext> options) : DbContext(options)
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBackendInABoxModel(Database);
                }
            }

            namespace TestApp.Analytics
            {
                public sealed class AnalyticsContext(DbContextOptions<AnalyticsContext> options) : DbContext(options)
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBackendInABoxModel(Database);
                }
            }

            internal static class Registrations
            {
                internal static void Register()
                {
                    TestApp.BackendInABoxDapper.Register();
                    TestApp.Analytics.BackendInABoxDapper.Register();
                }
            }
            """;

        var run = TwoDatabases().WithEntityFrameworkCore().WithReferencesOf(typeof(Dapper.SqlMapper)).WithCSharp("Contexts.cs", Contexts).Run();

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        var analytics = run.SourceNamed("analytics/BackendInABoxModel.g.cs");
        Assert.Contains("modelBuilder.Entity<global::TestApp.Analytics.Session>", analytics, StringComparison.Ordinal);
        Assert.DoesNotContain("global::TestApp.User", analytics, StringComparison.Ordinal);
        var main = run.SourceNamed("BackendInABoxModel.g.cs");
        Assert.Contains("modelBuilder.Entity<global::TestApp.User>", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Session", main, StringComparison.Ordinal);
        Assert.Contains("typeof(global::TestApp.Analytics.Event)", run.SourceNamed("analytics/BackendInABoxDapper.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Analytics", run.SourceNamed("BackendInABoxDapper.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_any_database_may_not_take_a_declared_databases_runner_table()
    {
        const string Clash = """
            name: Clash
            table: biab_analytics_version_info
            fields:
              id: { type: integer, primary: true }
            """;

        var run = new GeneratorHarness().WithDatabase("analytics").WithSchema("clash.yaml", Clash).Run();

        var error = Assert.Single(run.BiabDiagnostics);
        Assert.Equal(("BIAB007", "/app/schema/clash.yaml", 1), (error.Id, error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("'biab_analytics_version_info' of model Clash is reserved: it is a name of the runner's tables of a database", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
