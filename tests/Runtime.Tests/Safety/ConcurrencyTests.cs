using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>Many real runner processes at once on one fresh database: exactly one migrates, the others find nothing to do.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ConcurrencyTests
{
    [Fact]
    public Task Eight_processes_running_up_at_once_on_PostgreSQL_apply_each_migration_exactly_once() =>
        RaceAsync(PostgresServer.CreateDatabaseAsync(), processes: 8);

    [Fact]
    public Task Four_processes_running_up_at_once_on_SQLite_apply_each_migration_exactly_once() =>
        RaceAsync(Task.FromResult(new SqliteDatabase()), processes: 4);

    private static async Task RaceAsync<TDatabase>(Task<TDatabase> create, int processes)
        where TDatabase : TestDatabase
    {
        var (app, ids) = await SafetyApps.CustomersWithExtraColumnsAsync(await create, columns: 5);
        await using var _ = app;

        var runners = Enumerable.Range(0, processes).Select(_ => FixtureProcess.Start(app.Build, app.Database, "up")).ToList();
        var results = await Task.WhenAll(runners.Select(r => r.WaitAsync(TimeSpan.FromMinutes(3))));
        runners.ForEach(r => r.Dispose());

        Assert.All(results, r => r.ShouldSucceed()
            .ShouldNotContain("duplicate key")
            .ShouldNotContain("already exists")
            .ShouldNotContain("UNIQUE constraint failed")
            .ShouldHaveNoStackTrace());
        Assert.Equal(ids, await app.Database.AppliedVersionsAsync());
        Assert.Equal(
            ["email", "extra_1", "extra_2", "extra_3", "extra_4", "extra_5", "id"],
            (await app.Database.ColumnsAsync("customers")).Order(StringComparer.Ordinal));
    }
}
