using Xunit;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>Histories the evolution fuzzer found failing, minimized, kept so the defect they caught stays caught.</summary>
public sealed class EvolutionCases
{
    /// <summary>FluentMigrator's System.Data.Rule has no RESTRICT: `on_delete: restrict` became NO ACTION on PostgreSQL.</summary>
    [Fact]
    public Task On_delete_restrict_is_restrict_on_postgres() => PassesAsync("""
        {"models":[{"name":"M1","table":"m1_rows","fields":[{"name":"f2","type":"text"}],"indexes":[]},
                   {"name":"M5","table":"m5_rows","fields":[{"name":"p8","type":"ref","target":"M1","on_delete":"restrict"}],"indexes":[]}],
         "steps":[]}
        """);

    private static async Task PassesAsync(string history, bool postgres = true)
    {
        var failure = await EvolutionRunner.RunAsync(EvolutionHistory.FromJson(history), postgres);
        Assert.True(failure is null, failure);
    }
}
