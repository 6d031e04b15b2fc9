using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BackendInABox.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BackendInABox.Generator.Tests.Diagnostics;

/// <summary>
/// The descriptor table, docs/diagnostics.md and the package's targets name the same diagnostics: a build's help link
/// lands on the code's own section, and the targets keep exactly the generator's warnings out of warnings-as-errors.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    private const string HelpBase = "https://github.com/backend-in-a-box/backend-in-a-box-dotnet/blob/main/docs/diagnostics.md#";

    private static readonly IReadOnlyList<DiagnosticDescriptor> All = [.. typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    private static readonly string[] DocLines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", "diagnostics.md"));

    [Fact]
    public void The_descriptor_table_has_each_id_once()
    {
        Assert.NotEmpty(All);
        Assert.Equal(All.Count, All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_descriptor_has_its_anchor_and_heading_in_the_docs()
    {
        var sections = Sections();
        Assert.All(All, d =>
        {
            Assert.True(sections.TryGetValue(d.Id.ToLowerInvariant(), out var heading), $"docs/diagnostics.md has no <a id=\"{d.Id.ToLowerInvariant()}\"> for {d.Id}.");
            var warning = d.DefaultSeverity == DiagnosticSeverity.Warning ? " (warning)" : string.Empty;
            Assert.Equal($"### {d.Id} — {d.Title}{warning}", heading);
        });
    }

    [Fact]
    public void Every_id_the_docs_describe_is_in_the_descriptor_table()
    {
        var ids = All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var documented = DocLines.SelectMany(l => AnchorPattern().Matches(l).Select(m => m.Groups[1].Value.ToUpperInvariant()))
            .Concat(DocLines.Select(l => HeadingPattern().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(documented);
        Assert.All(documented, id => Assert.True(ids.Contains(id), $"docs/diagnostics.md describes {id}, which the generator does not have."));
    }

    [Fact]
    public void Each_help_link_points_at_its_own_anchor()
    {
        var anchors = Sections().Keys.ToHashSet(StringComparer.Ordinal);
        Assert.All(All, d =>
        {
            Assert.Equal(HelpBase + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            Assert.Contains(new Uri(d.HelpLinkUri).Fragment.TrimStart('#'), anchors);
        });
    }

    [Fact]
    public void The_package_targets_keep_exactly_the_generators_warnings_out_of_both_kinds_of_warnings_as_errors()
    {
        var targets = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "PackageTargets", "BackendInABox.targets"));
        var listed = targets.Descendants("BackendInABoxWarnings")
            .SelectMany(e => e.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Order(StringComparer.Ordinal);
        Assert.All(
            new[] { "WarningsNotAsErrors", "MSBuildWarningsNotAsErrors" },
            property => Assert.Contains("$(BackendInABoxWarnings)", Assert.Single(targets.Descendants(property)).Value, StringComparison.Ordinal));
        var warnings = All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(warnings, listed);
    }

    /// <summary>Each anchor of the docs with the line after it (the heading a help link lands on).</summary>
    private static Dictionary<string, string> Sections()
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < DocLines.Length; i++)
        {
            if (AnchorPattern().Match(DocLines[i]) is { Success: true } anchor)
            {
                Assert.True(sections.TryAdd(anchor.Groups[1].Value, i + 1 < DocLines.Length ? DocLines[i + 1] : string.Empty), $"The anchor {anchor.Groups[1].Value} appears twice.");
            }
        }

        return sections;
    }

    [GeneratedRegex("""<a id="(biab\d{3})"></a>""")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"^#+ (BIAB\d{3})\b")]
    private static partial Regex HeadingPattern();
}
