using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Hooks;

/// <summary>The app's <see cref="IMigrationHooks"/> around `up` and `down`, and the start-up check, on both dialects with real rows.</summary>
public abstract class HookScenarios
{
    /// <summary>An app's hooks class as a user writes it, found by `migrate` in the app assembly.</summary>
    internal const string LoggingHooks = """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using BackendInABox;

        namespace TestApp;

        public sealed class LoggingHooks : IMigrationHooks
        {
            public Task BeforeRunAsync(MigrationRun run, CancellationToken cancellationToken) =>
                run.Output.WriteLineAsync($"hook: before run {run.Direction} [{string.Join(",", run.Migrations.Select(m => m.Id))}]");

            public Task BeforeMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken) =>
                migration.Output.WriteLineAsync($"hook: before {migration.Direction} {migration.Id} {migration.Description} transaction={migration.Transaction is not null}");

            public Task AfterMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken) =>
                migration.Output.WriteLineAsync($"hook: after {migration.Direction} {migration.Id} elapsed>=0={migration.Elapsed >= System.TimeSpan.Zero}");

            public Task AfterRunAsync(MigrationRun run, CancellationToken cancellationToken) =>
                run.Output.WriteLineAsync($"hook: after run {run.Direction} completed {run.Completed.Count}");
        }
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task The_apps_hooks_run_in_order_around_each_migration_up_and_down()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        app.App.WithCode("LoggingHooks.cs", LoggingHooks);
        var first = await app.GenerateAsync("customers");
        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        var second = await app.GenerateAsync("orders");

        var up = (await app.MigrateAsync("up")).ShouldSucceed();
        AssertInOrder(
            up.StandardOutput,
            $"hook: before run Up [{first.Id},{second.Id}]",
            $"hook: before Up {first.Id} customers transaction=True",
            $"hook: after Up {first.Id} elapsed>=0=True",
            $"  applied {first.Id}",
            $"hook: before Up {second.Id} orders transaction=True",
            $"hook: after Up {second.Id} elapsed>=0=True",
            $"  applied {second.Id}",
            "hook: after run Up completed 2");

        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        await app.Database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1)");
        var down = (await app.MigrateAsync("down")).ShouldSucceed();
        AssertInOrder(
            down.StandardOutput,
            $"hook: before run Down [{second.Id}]",
            $"hook: before Down {second.Id} orders",
            $"hook: after Down {second.Id}",
            $"  rolled back {second.Id}",
            "hook: after run Down completed 1");
        Assert.Equal(1, await app.Database.CountAsync("customers"));

        (await app.MigrateAsync("up")).ShouldSucceed().ShouldContain("hook: after run Up completed 1");
        var nothing = (await app.MigrateAsync("up")).ShouldSucceed();
        AssertInOrder(nothing.StandardOutput, "hook: before run Up []", "Nothing to apply", "hook: after run Up completed 0");
    }

    [Fact]
    public async Task A_hook_that_throws_fails_the_run_and_its_migration_is_rolled_back_with_what_the_hook_wrote()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'grace@example.com')");
        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        var orders = await app.GenerateAsync("orders");

        var failing = new RecordingHooks(throwAfter: orders.Id);
        var failed = (await RunWithHooksAsync(app, failing, "up")).ShouldFail(1).ShouldHaveNoStackTrace();
        failed.ShouldContain($"Migration {orders.Id} (orders) failed going up: the app's migration hook AfterMigrationAsync threw, and the migration was rolled back; the database stays at version {initial.Id}.")
            .ShouldContain("Hook error: seeding failed");
        Assert.Equal(["before run", $"before {orders.Id}", $"after {orders.Id}", "failure"], failing.Calls);
        Assert.Contains("hook AfterMigrationAsync threw", failing.Error, StringComparison.Ordinal);
        Assert.False(await app.Database.TableExistsAsync("orders"), "The migration whose hook threw should be rolled back.");
        Assert.Equal(2, await app.Database.CountAsync("customers"));
        Assert.Equal([initial.Id], await app.Database.AppliedVersionsAsync());

        var working = new RecordingHooks(throwAfter: null);
        (await RunWithHooksAsync(app, working, "up")).ShouldSucceed();
        Assert.Equal(3, await app.Database.CountAsync("customers"));
        await app.Database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 3)");
        Assert.Equal(["before run", $"before {orders.Id}", $"after {orders.Id}", "after run"], working.Calls);
    }

    [Fact]
    public async Task Two_hook_classes_in_the_app_are_an_error_that_names_both()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        app.App.WithCode("LoggingHooks.cs", LoggingHooks);
        app.App.WithCode("MoreHooks.cs", "namespace TestApp; public sealed class MoreHooks : BackendInABox.IMigrationHooks { }");
        await app.GenerateAsync("customers");

        (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace()
            .ShouldContain("The app has 2 classes that implement IMigrationHooks (TestApp.LoggingHooks, TestApp.MoreHooks)");
        Assert.False(await app.Database.TableExistsAsync("customers"));
    }

    [Fact]
    public async Task The_start_up_check_fails_when_the_database_is_behind_ahead_or_has_an_edited_migration()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
        await Database(app).EnsureCurrentAsync();

        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        var orders = await app.GenerateAsync("orders");
        var behind = await Assert.ThrowsAsync<DatabaseNotCurrentException>(() => Database(app).EnsureCurrentAsync());
        Assert.Equal([orders.Id], behind.Pending);
        Assert.Contains($"it is behind: 1 migration(s) of the app are not applied ({orders.Id}); run `dotnet run -- migrate up`", behind.Message, StringComparison.Ordinal);

        (await app.MigrateAsync("up")).ShouldSucceed();
        await Database(app).EnsureCurrentAsync();

        File.AppendAllText(initial.Path, "# edited after it ran\n");
        app.Rebuild();
        var edited = await Assert.ThrowsAsync<DatabaseNotCurrentException>(() => Database(app).EnsureCurrentAsync());
        Assert.Equal([initial.Id], edited.Edited);
        Assert.Contains("were edited after they ran (" + Path.GetFileName(initial.Path) + ")", edited.Message, StringComparison.Ordinal);

        File.WriteAllText(initial.Path, initial.Text);
        var ordersId = orders.Id;
        File.Move(orders.Path, orders.Path + ".aside");
        app.App.DeleteSchema("order.yaml");
        app.Rebuild();
        var ahead = await Assert.ThrowsAsync<DatabaseNotCurrentException>(() => Database(app).EnsureCurrentAsync());
        Assert.Equal([ordersId], ahead.Unknown);
        Assert.Contains($"it is ahead: 1 applied migration(s) are not in this build ({ordersId})", ahead.Message, StringComparison.Ordinal);
        Assert.Equal(1, await app.Database.CountAsync("customers"));
    }

    private static AppDatabase Database(AppUnderTest app) => AppDatabase.FromConnectionString(app.Database.ConnectionString, app.Build.App);

    private static async Task<RunResult> RunWithHooksAsync(AppUnderTest app, IMigrationHooks hooks, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var options = new MigrationHostOptions
        {
            AppAssembly = app.Build.App,
            Output = output,
            Error = error,
            Environment = new Dictionary<string, string?>(),
            Hooks = hooks,
        };
        var exitCode = await MigrationHost.RunAsync(["migrate", .. arguments, "--connection", app.Database.ConnectionString], options);
        return new RunResult(exitCode, output.ToString(), error.ToString(), "migrate " + string.Join(" ", arguments));
    }

    private static void AssertInOrder(string output, params string[] lines)
    {
        var at = 0;
        foreach (var line in lines)
        {
            var found = output.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected \"{line}\" after position {at} in:\n{output}");
            at = found + line.Length;
        }
    }

    /// <summary>Hooks given in MigrationHostOptions: they record the calls, seed a customer inside the migration, and throw after one migration when asked.</summary>
    private sealed class RecordingHooks(long? throwAfter) : IMigrationHooks
    {
        public List<string> Calls { get; } = [];

        public string? Error { get; private set; }

        public Task BeforeRunAsync(MigrationRun run, CancellationToken cancellationToken)
        {
            Calls.Add("before run");
            return Task.CompletedTask;
        }

        public Task BeforeMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken)
        {
            Calls.Add($"before {migration.Id}");
            return Task.CompletedTask;
        }

        public async Task AfterMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken)
        {
            Calls.Add($"after {migration.Id}");
            await using var command = migration.Connection.CreateCommand();
            command.Transaction = migration.Transaction;
            command.CommandText = "INSERT INTO customers (id, email) VALUES (3, 'seeded@example.com')";
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (migration.Id == throwAfter)
            {
                throw new InvalidOperationException("seeding failed");
            }
        }

        public Task AfterRunAsync(MigrationRun run, CancellationToken cancellationToken)
        {
            Calls.Add("after run");
            return Task.CompletedTask;
        }

        public Task OnFailureAsync(MigrationRun run, Exception error, CancellationToken cancellationToken)
        {
            Calls.Add("failure");
            Error = error.Message;
            return Task.CompletedTask;
        }
    }
}

public sealed class PostgresHookTests : HookScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}

public sealed class SqliteHookTests : HookScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
