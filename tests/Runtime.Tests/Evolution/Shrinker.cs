namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// Makes a failing history small: drops steps, then models, one at a time, keeping each removal after which the
/// history still fails the same way, until no single removal does.
/// </summary>
internal static class Shrinker
{
    private static readonly string[] Kinds =
    [
        "did not build", "did not write", "still reports a pending change", "inserting a row", "live shape differs",
        "rows lost or changed", "point at no row", "foreign_key_check", "` failed",
    ];

    public static async Task<(EvolutionHistory History, string Failure)> MinimizeAsync(EvolutionHistory history, string failure, bool postgres, int budget = 80)
    {
        var kind = Kind(failure);
        var changed = true;
        while (changed && budget > 0)
        {
            changed = false;
            var candidates = Enumerable.Range(0, history.Steps.Count).Reverse().Select(i => history with { Steps = history.Steps.RemoveAt(i) })
                .Concat(history.Models.Select(m => history.WithoutModel(m.Name)))
                .ToList();
            foreach (var candidate in candidates)
            {
                if (budget-- <= 0)
                {
                    break;
                }

                if (await EvolutionRunner.RunAsync(candidate, postgres) is { } next && Kind(next) == kind)
                {
                    (history, failure, changed) = (candidate, next, true);
                    break;
                }
            }
        }

        return (history, failure);
    }

    /// <summary>What kind of check failed, and on which database: a smaller history must fail the same check.</summary>
    private static string Kind(string failure) =>
        (failure.Contains("on PostgreSQL", StringComparison.Ordinal) ? "PostgreSQL " : "SQLite ")
        + (Kinds.FirstOrDefault(k => failure.Contains(k, StringComparison.Ordinal)) ?? "other");
}
