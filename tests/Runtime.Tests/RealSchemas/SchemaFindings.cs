using System.Globalization;
using System.Text;
using BackendInABox.Introspection;

namespace BackendInABox.Runtime.Tests.RealSchemas;

/// <summary>What the comparison found for one real schema, and the figures the floors are kept against.</summary>
/// <param name="Objects">Primary keys, foreign keys, unique constraints, indexes and CHECKs of the original.</param>
/// <param name="Extras">Objects only the port has (enum CHECKs, surrogate ids, ...): they make their table inexact.</param>
/// <param name="Outside">The original's objects no schema file can describe and the port does not have.</param>
internal sealed record SchemaFindings(
    IReadOnlyList<Finding> Tables,
    IReadOnlyList<Finding> Columns,
    IReadOnlyList<Finding> Objects,
    IReadOnlyList<Finding> Types,
    IReadOnlyList<string> Extras,
    IReadOnlyList<OutsideObject> Outside)
{
    public string Describe(string schema, RowCopyResult postgres, RowCopyResult sqlite)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"== {schema}: the original compared with the port through PostgreSQL's catalogs ==");
        text.AppendLine(CultureInfo.InvariantCulture, $"columns exact:                      {Figure(Columns)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"keys, constraints, indexes exact:   {Figure(Objects)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"tables exact:                       {Figure(Tables)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"enum types exact:                   {Figure(Types)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"rows rejected:                      PostgreSQL {postgres.Rejected.Count} of {postgres.Offered}, SQLite {sqlite.Rejected.Count} of {sqlite.Offered}");
        text.AppendLine(CultureInfo.InvariantCulture, $"rows stored differently:            PostgreSQL {postgres.Changed.Count}");
        Section(text, "not exact", [.. Tables.Concat(Columns).Concat(Objects).Concat(Types).Where(f => !f.Exact).Select(f => f.ToString())]);
        Section(text, "only in the port", Extras);
        Section(text, "outside the format (not ported)", [.. Outside.Select(o => $"{o.Kind} {o.Name}")]);
        Section(text, "rows rejected on PostgreSQL", postgres.Rejected);
        Section(text, "rows rejected on SQLite", sqlite.Rejected);
        Section(text, "rows stored differently on PostgreSQL", postgres.Changed);
        Section(text, "values not copied (column not in the port)", postgres.Dropped);
        return text.ToString();
    }

    private static double Share(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? 1 : (double)findings.Count(f => f.Exact) / findings.Count;

    private static string Figure(IReadOnlyList<Finding> findings) =>
        string.Create(CultureInfo.InvariantCulture, $"{findings.Count(f => f.Exact)} of {findings.Count} ({Share(findings):P0})");

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"-- {title} ({lines.Count}):");
        foreach (var line in lines)
        {
            text.AppendLine("   " + line);
        }
    }
}
