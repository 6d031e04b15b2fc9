using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.RealApps;

/// <summary>
/// <c>auto_update:</c> timestamps through a schema's life: the trigger comes with the table or column, follows a
/// rename and a type change, survives a SQLite rebuild and goes with the column or when switched off; each step a
/// migration that reads back to no pending change, its SQL on both dialects reviewed as a snapshot, and run on SQLite.
/// </summary>
public sealed class AutoUpdateTests
{
    private static string Post(string updated, string extra = "") =>
        "name: Post\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, max_length: 50 }\n" + updated + extra;

    [Fact]
    public void Each_change_of_an_auto_update_column_is_a_migration_that_reads_back_with_its_SQL_on_both_dialects()
    {
        var project = new EvolvingProject().Schema("post.yaml", Post("  updated_at: { type: datetime, auto_update: true }\n"));
        var created = project.Generate("initial");
        project.Schema("post.yaml", Post("  updated_at: { type: datetime, auto_update: true }\n", "  touched_at: { type: datetimetz, required: true, default: current_timestamp, auto_update: true }\n"));
        project.Generate("add touched");
        project.Schema("post.yaml", Post("  changed_at: { type: datetime, auto_update: true, renamed_from: updated_at }\n", "  touched_at: { type: datetimetz, required: true, default: current_timestamp, auto_update: true }\n"));
        project.Generate("rename");
        project.Schema("post.yaml", Post("  changed_at: { type: datetimetz, auto_update: true }\n", "  touched_at: { type: datetimetz, required: true, default: current_timestamp }\n"));
        project.Generate("retype and switch off");
        project.Schema("post.yaml", Post(string.Empty, "  touched_at: { type: datetimetz, required: true, default: current_timestamp }\n"));
        project.Generate("drop changed");

        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Contains("{ name: updated_at, type: datetime, auto_update: true }", created, StringComparison.Ordinal);
        var assembly = MigrationRunner.Load(run);
        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "RealApps.AutoUpdate.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "RealApps.AutoUpdate.sqlite", "sql");
    }

    [Fact]
    public void On_SQLite_an_update_refreshes_the_timestamp_unless_it_sets_it_and_a_rebuild_keeps_the_trigger()
    {
        var project = new EvolvingProject().Schema("post.yaml", Post("  updated_at: { type: datetime, auto_update: true }\n"));
        project.Generate("initial");
        project.Schema("post.yaml", Post("  updated_at: { type: datetime, auto_update: true }\n", "  body: { type: text, required: true, default: x }\n").Replace("max_length: 50", "max_length: 80", StringComparison.Ordinal));
        project.Generate("rebuild");
        var assembly = MigrationRunner.Load(project.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute("INSERT INTO posts (id, title, updated_at) VALUES (1, 'a', '2000-01-01 00:00:00'), (2, 'b', '2000-01-01 00:00:00')");

        database.Execute("UPDATE posts SET title = 'c' WHERE id = 1; UPDATE posts SET title = 'd', updated_at = '2001-01-01 00:00:00' WHERE id = 2");

        Assert.Equal("1|2001-01-01 00:00:00", database.Query("SELECT (SELECT updated_at > '2020' FROM posts WHERE id = 1) || '|' || (SELECT updated_at FROM posts WHERE id = 2)"));
        Assert.Equal("tg_posts_updated_at_auto_update", database.Query("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("tg_posts_updated_at_auto_update", database.Query("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    }

    [Fact]
    public void A_timestamp_with_a_precision_is_kept_current_too_as_DESIGN_writes_Prismas_updatedAt()
    {
        var project = new EvolvingProject().Schema("post.yaml", Post("  updated_at: { type: timestamp, precision: 3, auto_update: true }\n"));
        project.Generate("initial");
        var run = project.Run();
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB058");
        var assembly = MigrationRunner.Load(run);
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute("INSERT INTO posts (id, title, updated_at) VALUES (1, 'a', '2000-01-01 00:00:00')");

        database.Execute("UPDATE posts SET title = 'c' WHERE id = 1");

        Assert.Equal("1", database.Query("SELECT updated_at > '2020' FROM posts WHERE id = 1"));
    }

    [Fact]
    public void A_check_added_to_a_table_whose_auto_update_column_has_a_written_name_keeps_the_trigger_through_the_SQLite_rebuild()
    {
        const string updated = "  updated_at: { type: datetime, column: \"Updated At\", auto_update: true }\n";
        var project = new EvolvingProject().Schema("post.yaml", Post(updated));
        project.Generate("initial");
        project.Schema("post.yaml", Post(updated, "checks:\n  - { name: ck_posts_title, sql: \"length(title) < 40\" }\n"));
        var added = project.Generate("add check");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Contains("add_check", added, StringComparison.Ordinal);
        var assembly = MigrationRunner.Load(run);
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute("INSERT INTO posts (id, title, \"Updated At\") VALUES (1, 'a', '2001-01-01 00:00:00'); UPDATE posts SET title = 'b' WHERE id = 1");

        Assert.Equal("1", database.Query("SELECT \"Updated At\" > '2020' FROM posts WHERE id = 1"));
        Assert.Equal("tg_posts_Updated At_auto_update", database.Query("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        Assert.Contains("ck_posts_title", database.Query("SELECT sql FROM sqlite_master WHERE name = 'posts'"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  n: { type: date, auto_update: true }\n", 4, 20)]
    [InlineData("  n: { type: string, auto_update: true }\n", 4, 22)]
    public void Auto_update_on_a_field_that_is_not_a_timestamp_is_an_error_at_the_key(string fields, int line, int column)
    {
        var run = new GeneratorHarness().WithSchema("bad.yaml", "name: Bad\nfields:\n  id: { type: uuid, primary: true }\n" + fields).Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB058");
        Assert.Equal((line, column), EvolvingProject.Position(error));
        Assert.Contains("applies only to datetime, datetimetz and timestamp fields", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.HintNames, h => h == "Bad.g.cs");
    }
}
