using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Shared;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

public sealed partial class PostgresSeveralDatabasesTests
{
    /// <summary>The advisory-lock key of the test's gate, which every migration's last up step waits on.</summary>
    private const long Gate = 4242;

    /// <summary>
    /// Two runners at once on one PostgreSQL database that holds both of the app's databases: each takes its own
    /// advisory-lock key, so runners of the two databases migrate at the same time, while two runners of one database
    /// still take turns. Every migration waits on a lock the test holds, and pg_locks says who is where.
    /// </summary>
    [Fact]
    public async Task Runners_of_two_databases_migrate_at_once_and_two_of_one_database_take_turns()
    {
        await using var shared = await PostgresServer.CreateDatabaseAsync();
        using var app = TwoDatabaseApp(withAnalyticsCustomer: false);
        await GenerateBothAsync(app);
        foreach (var database in new[] { "default", "analytics" })
        {
            var file = app.MigrationFilesOf(database)[0];
            File.WriteAllText(file, File.ReadAllText(file).Replace("\ndown:\n", $"\n  - sql: \"SELECT pg_advisory_xact_lock_shared({Gate})\"\ndown:\n", StringComparison.Ordinal));
        }

        var build = app.Build();
        string[] connection = ["--connection", shared.ConnectionString];

        await using (var gate = await GateAsync(shared))
        {
            var both = new[] { "default", "analytics" }.Select(d => Task.Run(() => Migrate.RunWithArgumentsAsync(build, ["-d", d, "up", .. connection]))).ToList();

            // Both migrations wait on the gate inside their runs, so both runners hold their own lock at the same moment.
            await WaitUntilAsync(shared, both, "both databases' migrations wait on the gate", () => WaitingOnAsync(shared, Gate), waiting => waiting == 2);
            Assert.True(await HeldAsync(shared, RunnerTables.LockKeyOf("default")), "the default database's runner holds its lock");
            Assert.True(await HeldAsync(shared, RunnerTables.LockKeyOf("analytics")), "the analytics database's runner holds its lock");
            await gate.DisposeAsync();
            foreach (var run in await Task.WhenAll(both))
            {
                run.ShouldSucceed().ShouldNotContain("Another migration runner");
            }
        }

        await shared.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        await shared.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1)");
        await shared.ExecuteAsync("INSERT INTO pages (id, path) VALUES (1, '/')");
        await shared.ExecuteAsync("INSERT INTO visits (id, page_id) VALUES (1, 1)");
        (await Migrate.RunWithArgumentsAsync(build, ["-d", "analytics", "down", .. connection])).ShouldSucceed();

        await using (var gate = await GateAsync(shared))
        {
            var twice = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Migrate.RunWithArgumentsAsync(build, ["-d", "analytics", "up", .. connection]))).ToList();

            // One runner's migration waits on the gate while the other runner waits for the analytics lock it holds.
            await WaitUntilAsync(shared, twice, "one analytics runner waits on the gate, the other on the analytics lock",
                async () => (await WaitingOnAsync(shared, Gate), await WaitingOnAsync(shared, RunnerTables.LockKeyOf("analytics"))),
                waiting => waiting == (1, 1));
            await gate.DisposeAsync();
            var runs = await Task.WhenAll(twice);
            Assert.All(runs, r => r.ShouldSucceed());
            Assert.Single(runs, r => r.Output.Contains("Another migration runner is working on this database; waiting", StringComparison.Ordinal));
            Assert.Single(runs, r => r.Output.Contains("Nothing to apply", StringComparison.Ordinal));
        }

        Assert.Single(await shared.ColumnValuesAsync("SELECT \"Version\" FROM biab_analytics_version_info"));
        Assert.Equal(0, await shared.CountAsync("visits"));
        Assert.Equal(["ada@example.com"], await shared.ColumnValuesAsync("SELECT email FROM customers"));
        Assert.Equal(1, await shared.CountAsync("orders"));
    }

    private static async Task<Npgsql.NpgsqlConnection> GateAsync(PostgresDatabase database)
    {
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({Gate})", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Sessions waiting for the advisory lock <paramref name="key"/> in this database (pg_locks splits a bigint key into classid and objid).</summary>
    private static async Task<long> WaitingOnAsync(PostgresDatabase database, long key) =>
        Convert.ToInt64((await database.QueryAsync(Locks(key, granted: false)))[0][0], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<bool> HeldAsync(PostgresDatabase database, long key) =>
        Convert.ToInt64((await database.QueryAsync(Locks(key, granted: true)))[0][0], System.Globalization.CultureInfo.InvariantCulture) == 1;

    private static string Locks(long key, bool granted) =>
        $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        + $"AND classid = {(uint)(key >> 32)} AND objid = {(uint)key} AND objsubid = 1 AND granted = {(granted ? "true" : "false")}";

    /// <summary>Polls the database until <paramref name="done"/>; a runner that ends first (it failed) or a minute without it fails the test.</summary>
    private static async Task WaitUntilAsync<T>(PostgresDatabase database, IReadOnlyList<Task<RunResult>> runs, string what, Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!done(await read()))
        {
            if (runs.FirstOrDefault(r => r.IsCompleted) is { } ended)
            {
                Assert.Fail($"A runner ended before {what}:\n{await ended}");
            }

            Assert.True(DateTime.UtcNow < deadline, $"Never saw {what} (last: {await read()}).");
            await Task.Delay(100);
        }
    }
}
