using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.CodeSteps;

/// <summary>`- code: ClassName` steps: the app's C# on the migration's connection and transaction, up and down, on both dialects with real rows.</summary>
public abstract class CodeStepScenarios
{
    private const string Person = """
        name: Person
        table: people
        fields:
          id:         { type: integer, primary: true }
          first_name: { type: string, max_length: 50, required: true }
          last_name:  { type: string, max_length: 50, required: true }
        """;

    private const string PersonWithFullName = """
        name: Person
        table: people
        fields:
          id:         { type: integer, primary: true }
          first_name: { type: string, max_length: 50, required: true }
          last_name:  { type: string, max_length: 50, required: true }
          full_name:  { type: string, max_length: 101 }
        """;

    private const string Pet = """
        name: Pet
        table: pets
        fields:
          id:    { type: integer, primary: true }
          name:  { type: string, max_length: 50, required: true }
          owner: { type: ref, target: Person, required: true, on_delete: cascade }
        """;

    /// <summary>The steps as a user writes them: read the rows in C#, write them back one by one, log what was done.</summary>
    private const string Steps = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using BackendInABox;
        using Microsoft.Extensions.Logging;

        namespace TestApp.Steps;

        public sealed class BackfillFullName : IMigrationStep
        {
            public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
            {
                var rows = new List<(long Id, string Full)>();
                await using (var read = context.CreateCommand("SELECT id, first_name, last_name FROM people ORDER BY id"))
                await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows.Add((Convert.ToInt64(reader.GetValue(0)), reader.GetString(1) + " " + reader.GetString(2)));
                    }
                }

                foreach (var (id, full) in rows)
                {
                    await using var update = context.CreateCommand("UPDATE people SET full_name = @full WHERE id = @id");
                    Add(update, "@full", full);
                    Add(update, "@id", (int)id);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }

                context.Logger.LogInformation("backfilled {Count} people on {Dialect} ({Database}, {Direction}, transaction={Transaction})", rows.Count, context.Dialect, context.DatabaseName, context.Direction, context.Transaction is not null);
            }

            internal static void Add(System.Data.Common.DbCommand command, string name, object value)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
        }

        public sealed class SplitFullName : IMigrationStep
        {
            public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
            {
                var rows = new List<(long Id, string First, string Last)>();
                await using (var read = context.CreateCommand("SELECT id, full_name FROM people WHERE full_name IS NOT NULL"))
                await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var parts = reader.GetString(1).Split(' ', 2);
                        rows.Add((Convert.ToInt64(reader.GetValue(0)), parts[0], parts.Length > 1 ? parts[1] : string.Empty));
                    }
                }

                foreach (var (id, first, last) in rows)
                {
                    await using var update = context.CreateCommand("UPDATE people SET first_name = @first, last_name = @last WHERE id = @id");
                    BackfillFullName.Add(update, "@first", first);
                    BackfillFullName.Add(update, "@last", last);
                    BackfillFullName.Add(update, "@id", (int)id);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }

                context.Logger.LogInformation("split {Count} full names", rows.Count);
            }
        }

        public sealed class FailAfterWriting : IMigrationStep
        {
            public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
            {
                await using var update = context.CreateCommand("UPDATE people SET first_name = 'changed'");
                await update.ExecuteNonQueryAsync(cancellationToken);
                throw new InvalidOperationException("the payment service is down");
            }
        }
        """;

    private const string Up = """
          - add_column:
              table: people
              column: { name: full_name, type: string, max_length: 101 }
          - code: BackfillFullName

        """;

    private const string Down = """
          - code: SplitFullName
          - drop_column: { table: people, column: full_name }

        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_code_step_reads_and_updates_rows_in_order_with_the_other_steps_up_and_down()
    {
        await using var app = await StartAsync();
        var fullName = await AddFullNameAsync(app, Up, Down);

        var up = (await app.MigrateAsync("up")).ShouldSucceed();
        up.ShouldContain($"    backfilled 2 people on {Dialect(app)} (default, Up, transaction=True)").ShouldContain($"  applied {fullName.Id}");
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], await app.Database.ColumnValuesAsync("SELECT full_name FROM people ORDER BY id"));
        Assert.Equal(3, await app.Database.CountAsync("pets"));

        await app.Database.ExecuteAsync("UPDATE people SET full_name = 'Augusta King' WHERE id = 1");
        (await app.MigrateAsync("down")).ShouldSucceed().ShouldContain("    split 2 full names").ShouldContain($"  rolled back {fullName.Id}");
        Assert.False(await app.Database.ColumnExistsAsync("people", "full_name"));
        Assert.Equal(["Augusta", "Grace"], await app.Database.ColumnValuesAsync("SELECT first_name FROM people ORDER BY id"));
        Assert.Equal(["King", "Hopper"], await app.Database.ColumnValuesAsync("SELECT last_name FROM people ORDER BY id"));
        Assert.Equal(3, await app.Database.CountAsync("pets"));
    }

    [Fact]
    public async Task A_failing_code_step_rolls_back_the_whole_migration_rows_and_schema()
    {
        await using var app = await StartAsync();
        var before = await app.Database.AppliedVersionsAsync();
        var fullName = await AddFullNameAsync(app, Up + "  - code: FailAfterWriting\n", Down);

        (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace()
            .ShouldContain($"Migration {fullName.Id} (full name) failed going up: its code step FailAfterWriting threw, and the migration was rolled back; the database stays at version {before[^1]}.")
            .ShouldContain("Step error: the payment service is down");
        Assert.False(await app.Database.ColumnExistsAsync("people", "full_name"), "The add_column before the failing step should be rolled back.");
        Assert.Equal(["Ada", "Grace"], await app.Database.ColumnValuesAsync("SELECT first_name FROM people ORDER BY id"));
        Assert.Equal(before, await app.Database.AppliedVersionsAsync());
        Assert.Equal(3, await app.Database.CountAsync("pets"));
    }

    [Fact]
    public async Task A_migration_with_transaction_false_runs_its_code_step_without_a_transaction()
    {
        await using var app = await StartAsync();
        var fullName = await AddFullNameAsync(app, Up, Down, transaction: false);

        (await app.MigrateAsync("up")).ShouldSucceed().ShouldContain($"    backfilled 2 people on {Dialect(app)} (default, Up, transaction=False)");
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], await app.Database.ColumnValuesAsync("SELECT full_name FROM people ORDER BY id"));
        Assert.Contains(fullName.Id, await app.Database.AppliedVersionsAsync());
    }

    [Fact]
    public async Task Migrate_script_writes_a_comment_in_place_of_a_code_step_warns_and_exits_3()
    {
        await using var app = await StartAsync();
        var fullName = await AddFullNameAsync(app, Up, Down);

        var script = (await app.MigrateAsync("script")).ShouldFail(3);
        var text = script.StandardOutput;
        var comment = text.IndexOf("-- code step BackfillFullName: C#, not in this script (it runs under `migrate up`)", StringComparison.Ordinal);
        Assert.True(comment > text.IndexOf("full_name", StringComparison.Ordinal) && comment < text.IndexOf("COMMIT;", comment, StringComparison.Ordinal), text);
        script.ShouldContain("warning: the script leaves out 1 code step(s) (BackfillFullName)");
        Assert.DoesNotContain(fullName.Id, await app.Database.AppliedVersionsAsync());

        (await app.MigrateAsync("up")).ShouldSucceed();
        (await app.MigrateAsync("script", "--down")).ShouldFail(3).ShouldContain("-- code step SplitFullName: C#, not in this script (it runs under `migrate down`)");
    }

    private static string Dialect(AppUnderTest app) => app.Database.Provider;

    private async Task<AppUnderTest> StartAsync()
    {
        var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("person.yaml", Person).WithSchema("pet.yaml", Pet);
        app.App.WithCode("Steps.cs", Steps);
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace'), (2, 'Grace', 'Hopper')");
        await app.Database.ExecuteAsync("INSERT INTO pets (id, name, owner_id) VALUES (1, 'Rex', 1), (2, 'Tom', 2), (3, 'Kit', 2)");
        return app;
    }

    private static async Task<GeneratedMigration> AddFullNameAsync(AppUnderTest app, string up, string down, bool transaction = true)
    {
        app.WithSchema("person.yaml", PersonWithFullName).Rebuild();
        var migration = await app.GenerateAsync("full name");
        MigrationFile.ReplaceOperations(migration.Path, up, down);
        if (!transaction)
        {
            File.WriteAllText(migration.Path, File.ReadAllText(migration.Path).Replace("\nup:\n", "\ntransaction: false\nup:\n", StringComparison.Ordinal));
        }

        app.Rebuild();
        return migration;
    }
}

public sealed class PostgresCodeStepTests : CodeStepScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}

public sealed class SqliteCodeStepTests : CodeStepScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
