using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>Default table names and the "did you mean" of an unknown reference target.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("User", "users")]
    [InlineData("Category", "categories")]
    [InlineData("Migration", "migrations")]
    [InlineData("Settings", "settings")]
    [InlineData("AuditLogs", "audit_logs")]
    [InlineData("Status", "statuses")]
    [InlineData("Address", "addresses")]
    [InlineData("Box", "boxes")]
    [InlineData("Canvas", "canvases")]
    [InlineData("SiteSettings", "site_settings")]
    [InlineData("DocumentData", "document_data")]
    [InlineData("NewsItem", "news_items")]
    [InlineData("CompanyNews", "company_news")]
    [InlineData("Person", "people")]
    [InlineData("ChildPerson", "child_people")]
    [InlineData("Analysis", "analyses")]
    [InlineData("SeoMetadata", "seo_metadata")]
    [InlineData("Shelf", "shelves")]
    [InlineData("Quiz", "quizzes")]
    [InlineData("Equipment", "equipment")]
    public void The_default_table_is_the_plural_of_the_last_word_and_an_already_plural_or_uncountable_one_stays(string model, string table)
    {
        var run = new GeneratorHarness().WithSchema("m.yaml", $"name: {model}\nfields:\n  id: {{ type: uuid, primary: true }}\n").Run();

        Assert.Contains($"public const string TableName = \"{table}\";", run.SourceNamed(model + ".g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_model_whose_file_has_errors_says_so_and_offers_no_model_with_another_number()
    {
        var run = new GeneratorHarness()
            .WithSchema("model150.yaml", "name: Model150\nfields:\n  id: { type: uuid }\n")
            .WithSchema("model10.yaml", "name: Model10\nfields:\n  id: { type: uuid, primary: true }\n")
            .WithSchema("holder.yaml", "name: Holder\nfields:\n  id: { type: uuid, primary: true }\n  m: { type: ref, target: Model150 }\n  n: { type: ref, target: Model15 }\n")
            .Run();

        var messages = run.BiabDiagnostics.Where(d => d.Id == "BIAB022").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("Field Holder.m refers to model 'Model150', which model150.yaml defines but with errors (reported there)", messages[0], StringComparison.Ordinal);
        Assert.Equal("Field Holder.n refers to model 'Model15', which no schema file defines.", messages[1]);
    }

    [Fact]
    public void A_misspelt_target_gets_the_closest_model_compared_ignoring_case()
    {
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", "name: Team\nfields:\n  id: { type: uuid, primary: true }\n")
            .WithSchema("user.yaml", "name: User\nfields:\n  id: { type: uuid, primary: true }\n  team: { type: ref, target: Tem }\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB022");
        Assert.EndsWith("Did you mean 'Team'?", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
