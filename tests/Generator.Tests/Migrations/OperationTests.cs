using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// Every operation a migration file may hold, compiled into a migration class (snapshot) and turned into SQL by
/// FluentMigrator's PostgreSQL and SQLite generators (snapshots, so the SQL is reviewed too), and run on a real SQLite.
/// </summary>
public sealed class OperationTests
{
    private const string Initial = """
        id: 20260101000000
        description: initial
        up:
          - create_table:
              table: teams
              columns:
                - { name: id, type: uuid, primary: true, default: new }
                - { name: name, type: string, max_length: 100, required: true }
          - create_table:
              table: people
              columns:
                - { name: id, type: bigint, primary: true }
                - { name: name, type: string, max_length: 100 }
                - { name: age, type: string, max_length: 3 }
                - { name: score, type: decimal, precision: 8, scale: 2, required: true, default: 0 }
                - { name: active, type: boolean, required: true, default: true }
                - { name: kind, type: enum, values: [staff, guest], default: guest }
                - { name: born_on, type: date }
                - { name: seen_at, type: datetimetz, default: now }
                - { name: team_id, type: uuid }
          - create_index: { table: people, name: ix_people_name, columns: [name] }
          - create_table:
              table: scratch
              columns:
                - { name: id, type: integer, primary: true }
        down:
          - drop_table: { table: scratch }
          - drop_table: { table: people }
          - drop_table: { table: teams }
        """;

    private const string Changes = """
        id: 20260102000000
        description: every other operation
        parent: 20260101000000
        up:
          - add_column: { table: people, column: { name: email, type: string, max_length: 200 } }
          - add_column: { table: people, column: { name: joined_at, type: datetime, required: true, default: now } }
          - rename_column: { table: people, column: name, to: full_name }
          - alter_column: { table: people, column: { name: age, type: integer }, using: "age::integer" }
          - alter_column: { table: people, column: { name: email, type: string, max_length: 200, required: true, default: "none" }, backfill: "unknown@example.com" }
          - alter_column: { table: people, column: { name: kind, type: enum, values: [staff, guest, robot], default: guest } }
          - drop_index: { table: people, name: ix_people_name }
          - create_index: { table: people, name: ux_people_email, columns: [email], unique: true }
          - add_foreign_key: { table: people, column: team_id, references: { table: teams, column: id }, on_delete: set_null, name: fk_people_team_id }
          - drop_column: { table: people, column: born_on }
          - rename_table: { table: scratch, to: notes }
          - sql: "UPDATE people SET score = score + 1"
          - sql: "SELECT pg_sleep(0)"
            dialect: postgres
          - sql: "SELECT 1"
            dialect: sqlite
        down:
          - drop_foreign_key: { table: people, name: fk_people_team_id }
          - drop_index: { table: people, name: ux_people_email }
          - create_index: { table: people, name: ix_people_name, columns: [full_name] }
          - rename_table: { table: notes, to: scratch }
          - add_column: { table: people, column: { name: born_on, type: date } }
          - alter_column: { table: people, column: { name: kind, type: enum, values: [staff, guest], default: guest } }
          - alter_column: { table: people, column: { name: email, type: string, max_length: 200 } }
          - alter_column: { table: people, column: { name: age, type: string, max_length: 3 }, using: "age::varchar" }
          - rename_column: { table: people, column: full_name, to: name }
          - drop_column: { table: people, column: joined_at }
          - drop_column: { table: people, column: email }
          - sql: "UPDATE people SET score = score - 1"
        """;

    private const string NoTransaction = """
        id: 20260103000000
        description: concurrent index
        parent: 20260102000000
        transaction: false
        up:
          - create_index: { table: people, name: ix_people_age, columns: [age] }
        down:
          - drop_index: { table: people, name: ix_people_age }
        """;

    private static GeneratorRun Run()
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", Initial)
            .WithMigration("20260102000000_every_other_operation.yaml", Changes)
            .WithMigration("20260103000000_concurrent_index.yaml", NoTransaction)
            .Run();
        Assert.Null(run.Exception);
        // No schema files here: the history is checked on its own, so only the "schema differs" warnings may appear.
        Assert.Empty(run.BiabDiagnostics.Where(d => !d.Id.StartsWith("BIAB2", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        return run;
    }

    [Fact]
    public void Each_operation_as_a_migration_class()
    {
        var run = Run();

        Snapshot.Verify(run.Source("M20260102000000_EveryOtherOperation.g.cs"), "Operations.M20260102000000");
        Assert.Contains("TransactionBehavior.None", run.Source("M20260103000000_ConcurrentIndex.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_operation_as_PostgreSQL_and_SQLite_SQL()
    {
        var assembly = MigrationRunner.Load(Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "Operations.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "Operations.sqlite", "sql");
    }

    [Fact]
    public void Each_operation_runs_up_and_down_on_SQLite_keeping_rows_and_converting_them()
    {
        var assembly = MigrationRunner.Load(Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO teams (id, name) VALUES ('t1', 'Core'); INSERT INTO people (name, age, team_id) VALUES ('Ada', '36', 't1')");

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("Ada|36|integer|unknown@example.com|1|t1", database.Query("SELECT full_name || '|' || age || '|' || typeof(age) || '|' || email || '|' || score || '|' || team_id FROM people WHERE id = 1"));
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'scratch'"));
        Assert.Throws<SqliteException>(() => database.Execute("INSERT INTO people (full_name, team_id, email) VALUES ('x', 'missing', 'x@example.com')"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("Ada|36|text|0", database.Query("SELECT name || '|' || age || '|' || typeof(age) || '|' || score FROM people WHERE id = 1"));
        Assert.Equal("1", database.Query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'scratch'"));
    }
}
