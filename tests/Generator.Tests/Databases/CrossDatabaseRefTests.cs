using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;
using static BackendInABox.Generator.Tests.Databases.DatabaseSchemas;

namespace BackendInABox.Generator.Tests.Databases;

/// <summary>A foreign key stays in one database: a ref to a model only another database has is BIAB024 at the ref's line.</summary>
public sealed class CrossDatabaseRefTests
{
    private const string PageView = """
        name: PageView
        table: page_views
        fields:
          id:      { type: bigint, primary: true }
          viewer:  { type: ref, target: User }
          session: { type: ref, target: Session }
        """;

    [Fact]
    public void A_ref_to_a_model_of_another_database_is_an_error_at_its_line_naming_that_database()
    {
        var run = new GeneratorHarness()
            .WithDatabase("analytics")
            .WithSchema("user.yaml", User)
            .WithDatabaseSchema("analytics", "session.yaml", Session)
            .WithDatabaseSchema("analytics", "page_view.yaml", PageView)
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB024");
        var span = error.Location.GetLineSpan();
        Assert.Equal(("/app/analytics/schema/page_view.yaml", 4), (span.Path, span.StartLinePosition.Line));
        Assert.Equal(
            "Field PageView.viewer refers to model 'User', which is a model of database 'default', not of database 'analytics'; refs cannot cross databases (a foreign key stays within one database). Store the key as a plain field instead, or move the model into database 'analytics'.",
            error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB022");
        Assert.Null(run.Output.GetTypeByMetadataName("TestApp.Analytics.PageView"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Analytics.Session"));
    }

    [Fact]
    public void A_ref_from_the_default_database_to_a_declared_one_is_an_error_too()
    {
        var run = new GeneratorHarness()
            .WithDatabase("analytics")
            .WithSchema("event.yaml", AnalyticsEvent)
            .WithDatabaseSchema("analytics", "session.yaml", Session)
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB024");
        Assert.Equal(("/app/schema/event.yaml", 4), (error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("model of database 'analytics', not of database 'default'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_to_a_model_no_database_has_stays_an_unknown_model()
    {
        var run = new GeneratorHarness()
            .WithDatabase("analytics")
            .WithDatabaseSchema("analytics", "event.yaml", AnalyticsEvent.Replace("target: Session", "target: Sesion", StringComparison.Ordinal))
            .WithDatabaseSchema("analytics", "session.yaml", Session)
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("BIAB022", error.Id);
        Assert.Contains("Did you mean 'Session'?", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
