using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>The repository's own schema and migration history: consistent, compiling, and runnable both ways.</summary>
public sealed class SampleHistoryTests
{
    [Fact]
    public void The_sample_history_produces_the_sample_schema_with_no_pending_change()
    {
        var run = new GeneratorHarness().WithRepositorySample().Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.BiabDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var manifest = ManifestReader.Read(run);
        Assert.Null(manifest.Pending);
        Assert.True(manifest.HistoryValid);
        Assert.Equal(10, manifest.Migrations.Count);
    }

    [Fact]
    public void The_sample_history_as_PostgreSQL_and_SQLite_SQL()
    {
        var assembly = MigrationRunner.Load(new GeneratorHarness().WithRepositorySample().Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "SampleHistory.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "SampleHistory.sqlite", "sql");
    }

    [Fact]
    public void The_sample_history_runs_up_and_down_on_SQLite_keeping_the_rows()
    {
        var assembly = MigrationRunner.Load(new GeneratorHarness().WithRepositorySample().Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260119100000);
        database.Execute("INSERT INTO teams (id, name) VALUES ('t1', 'Platform')");
        database.Execute("INSERT INTO users (id, email, first_name, last_name, age, team_id) VALUES ('u1', 'ada@example.com', 'Ada', 'Lovelace', '36', 't1')");
        database.Execute("INSERT INTO products (sku, title, price, team_id, attributes) VALUES ('BOX-1', 'Box', 19.99, 't1', '{\"color\":\"teal\",\"size\":\"L\"}')");
        database.Execute("INSERT INTO products (sku, title, price, team_id) VALUES ('BOX-2', 'Plain box', 9.99, 't1')");

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("Ada Lovelace|36|1", database.Query("SELECT full_name || '|' || age || '|' || (typeof(age) = 'integer') FROM users"));
        Assert.Equal("2", database.Query("SELECT COUNT(*) FROM products"));
        Assert.Equal("teal|{\"size\":\"L\"}", database.Query("SELECT color || '|' || attributes FROM products WHERE sku = 'BOX-1'"));
        Assert.Equal("1", database.Query("SELECT COUNT(*) FROM products WHERE sku = 'BOX-2' AND color IS NULL AND attributes IS NULL"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260119100000);
        Assert.Equal("Ada|Lovelace|36", database.Query("SELECT first_name || '|' || last_name || '|' || age FROM users"));
        Assert.Equal("2", database.Query("SELECT COUNT(*) FROM products"));
        Assert.Equal("{\"size\":\"L\",\"color\":\"teal\"}", database.Query("SELECT attributes FROM products WHERE sku = 'BOX-1'"));
    }
}
