using BackendInABox.Generator.Pipeline;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static BackendInABox.Generator.Tests.Databases.DatabaseSchemas;

namespace BackendInABox.Generator.Tests.Incremental;

/// <summary>Each database runs through its own steps: an edit in one leaves the other's entities, history and manifest cached.</summary>
public sealed class DatabaseCachingTests
{
    private static GeneratorHarness TwoDatabasesWithDataAccess() =>
        TwoDatabases().WithReferencesOf(typeof(Npgsql.NpgsqlCommand), typeof(Dapper.SqlMapper));

    [Fact]
    public void A_schema_edit_in_one_database_re_emits_nothing_of_the_other()
    {
        var harness = TwoDatabasesWithDataAccess();
        var compilation = harness.CreateCompilation();
        var texts = harness.CreateAdditionalTexts();
        var driver = harness.CreateDriver(texts: texts).RunGenerators(compilation);

        var session = texts.Single(t => t.Path == "/app/analytics/schema/session.yaml");
        var edited = new TestAdditionalText(session.Path, session.GetText() + "\n  ended_at: { type: datetime }\n");
        var result = driver.ReplaceAdditionalText(session, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var sources = new[] { TrackingNames.Entities, TrackingNames.Manifest, TrackingNames.MigrationClasses, TrackingNames.RowHelpers }
            .SelectMany(name => result.TrackedSteps[name])
            .SelectMany(s => s.Outputs)
            .Select(o => (Source: (Model.GeneratedSource)o.Value, o.Reason))
            .ToList();
        var analytics = sources.Where(o => o.Source.HintName.StartsWith("analytics/", StringComparison.Ordinal)).ToList();
        var main = sources.Where(o => !o.Source.HintName.StartsWith("analytics/", StringComparison.Ordinal)).ToList();
        Assert.Contains(main, o => o.Source.HintName == "BackendInABox.BuildManifest.g.cs");
        Assert.Contains(main, o => o.Source.HintName == "Event.g.cs");
        Assert.Contains(main, o => o.Source.HintName == "Event.Rows.g.cs");
        Assert.Contains(main, o => o.Source.HintName == "BackendInABoxDapper.g.cs");
        Assert.All(main, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{o.Source.HintName} of the default database re-ran ({o.Reason}) after an edit in analytics."));
        Assert.Contains(analytics, o => o.Source.HintName == "analytics/Session.g.cs" && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(analytics, o => o.Source.HintName == "analytics/BackendInABox.BuildManifest.g.cs" && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(analytics, o => o.Source.HintName == "analytics/Event.g.cs" && o.Reason == IncrementalStepRunReason.Cached);

        var histories = result.TrackedSteps[TrackingNames.History].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, histories.Count);
        Assert.All(histories, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A history was replayed again ({o.Reason})."));
        var sets = result.TrackedSteps[TrackingNames.SchemaSet].SelectMany(s => s.Outputs).ToList();
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], sets.Select(o => o.Reason));
    }
}
