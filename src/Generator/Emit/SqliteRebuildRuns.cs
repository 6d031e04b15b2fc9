using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// Which steps of a migration one SQLite table rebuild does: consecutive steps that each rebuild the same table share
/// one (a migration that alters three columns copies the rows once), and the changes of that table SQLite does not see
/// (<see cref="SqliteUnseenChanges"/>) just before, between and after them go into it too, since the rebuilt table is
/// the table as it is after the last of them. The rebuild is written at that last step.
/// </summary>
internal static class SqliteRebuildRuns
{
    public static List<string> At(IReadOnlyList<OperationStep> steps, int index)
    {
        foreach (var (start, end) in Runs(steps))
        {
            if (index >= start && index <= end)
            {
                return index == end ? SqliteStatements.Rebuild(steps.Skip(start).Take(end - start + 1).ToList()) : new List<string>();
            }
        }

        return SqliteStatements.For(steps[index]);
    }

    private static IEnumerable<(int Start, int End)> Runs(IReadOnlyList<OperationStep> steps)
    {
        var previousEnd = -1;
        var i = 0;
        while (i < steps.Count)
        {
            if (!SqliteStatements.NeedsRebuild(steps[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (start - 1 > previousEnd && Unseen(steps[i], steps[start - 1]))
            {
                start--;
            }

            var last = i;
            var next = i + 1;
            while (next < steps.Count && (SqliteStatements.ShareRebuild(steps[last], steps[next]) || Unseen(steps[last], steps[next])))
            {
                last = SqliteStatements.NeedsRebuild(steps[next]) ? next : last;
                next++;
            }

            yield return (start, next - 1);
            previousEnd = next - 1;
            i = next;
        }
    }

    private static bool Unseen(OperationStep rebuild, OperationStep step) =>
        step.Operation.Table == rebuild.Operation.Table && SqliteUnseenChanges.Only(step);
}
