using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// BIAB110 at the newest head's id when the history has several heads, naming each branch and the command that merges
/// them: reported from the replayed heads and the project kind, so the replay itself does not depend on the options.
/// </summary>
internal static class SeveralHeadsWarning
{
    /// <param name="database">The database of the history.</param>
    /// <param name="databaseCount">How many databases the app has (with several, the command names the database).</param>
    public static void Report(SourceProductionContext context, EquatableArray<HeadInfo> heads, bool isLibrary, string database, int databaseCount)
    {
        if (heads.Count <= 1)
        {
            return;
        }

        var names = string.Join(" and ", heads.Select(h => $"{Wording.FileName(h.File)} (branch {string.Join(", ", h.Branch.Select(id => id.ToString(CultureInfo.InvariantCulture)))})"));
        var message = $"The migration history has {heads.Count} heads: {names} branch off the same parent. Run `{RunHint.Migrate(isLibrary, "merge", database, databaseCount)}` to put them in one line of history.";
        context.ReportDiagnostic(new DiagnosticInfo(Descriptors.MultipleHeads, heads[heads.Count - 1].IdLocation, message).ToDiagnostic());
    }
}
