using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Safety;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hardening;

/// <summary>Runners that race to create a missing PostgreSQL database: the losers find it created and carry on.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ConcurrentInitTests
{
    [Fact]
    public async Task Four_processes_running_init_at_once_on_a_missing_PostgreSQL_database_all_succeed()
    {
        var database = await PostgresServer.ReserveDatabaseAsync();
        var (app, ids) = await SafetyApps.CustomersWithExtraColumnsAsync(database, columns: 3);
        await using var _ = app;

        var runners = Enumerable.Range(0, 4).Select(_ => FixtureProcess.Start(app.Build, app.Database, "init")).ToList();
        var results = await Task.WhenAll(runners.Select(r => r.WaitAsync(TimeSpan.FromMinutes(3))));
        runners.ForEach(r => r.Dispose());

        Assert.All(results, r => r.ShouldSucceed()
            .ShouldNotContain("duplicate key")
            .ShouldNotContain("23505")
            .ShouldNotContain("42P04")
            .ShouldHaveNoStackTrace());
        Assert.Equal(ids, await app.Database.AppliedVersionsAsync());
    }
}
