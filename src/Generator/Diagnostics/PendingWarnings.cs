using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// Turns the pending change into build warnings at the schema files it concerns: one BIAB200 per file listing that
/// file's changes (each change once) and naming the command that captures it, plus one warning per data-loss risk, suspected rename, missing default, placeholder a rollback
/// fills in and rollback step that rows the change allows can stop.
/// </summary>
internal static class PendingWarnings
{
    /// <param name="database">The database the change is of.</param>
    /// <param name="databaseCount">How many databases the app has (with several, the command names the database).</param>
    public static void Report(SourceProductionContext context, PendingChange? change, bool isLibrary, string database, int databaseCount)
    {
        if (change is null || change.IsEmpty)
        {
            return;
        }

        foreach (var file in change.Summary.GroupBy(line => line.File))
        {
            var lines = file.Select(line => line.Text).ToList();
            var message = $"The schema has changes no migration captures yet: {Shortened(lines)}. {GenerateHint(isLibrary, database, databaseCount)}";
            context.ReportDiagnostic(new DiagnosticInfo(Descriptors.PendingChange, file.Key, message).ToDiagnostic());
        }

        foreach (var warning in change.Warnings)
        {
            context.ReportDiagnostic(new DiagnosticInfo(warning.Descriptor, warning.Location, warning.Message).ToDiagnostic());
        }
    }

    private static string GenerateHint(bool isLibrary, string database, int databaseCount) =>
        $"Run `{RunHint.Migrate(isLibrary, "generate \"<message>\"", database, databaseCount)}` to write the migration{(isLibrary ? " (into this library's migrations folder)" : string.Empty)}.";

    /// <summary>A build line stays readable when a change touches many tables: the first ones, then how many more.</summary>
    private static string Shortened(IReadOnlyList<string> summary)
    {
        const int Shown = 10;
        return summary.Count <= Shown
            ? string.Join("; ", summary)
            : string.Join("; ", summary.Take(Shown)) + $"; and {summary.Count - Shown} more (`migrate status` lists them all)";
    }
}
