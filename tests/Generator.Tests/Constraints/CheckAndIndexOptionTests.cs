using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit;

namespace BackendInABox.Generator.Tests.Constraints;

/// <summary>
/// A model's <c>checks:</c> and the index options <c>where</c>, <c>expression</c>, <c>using</c>, <c>ops</c> and
/// <c>order</c>: generated into a migration that reads back to no pending change, as SQL on both dialects (snapshots),
/// each change a drop and create with its down, and run on a real SQLite with rows.
/// </summary>
public sealed class CheckAndIndexOptionTests
{
    private const string Teams = """
        name: Team
        fields:
          id: { type: integer, primary: true }
          name: { type: string, max_length: 100, required: true }
        checks:
          - { name: ck_teams_name, sql: "length(name) > 0" }
        """;

    private const string Tracks = """
        name: Track
        fields:
          id: { type: integer, primary: true }
          title: { type: string, max_length: 200, required: true }
          quantity: { type: integer, required: true, default: 0 }
          deleted_at: { type: datetime }
          team: { type: ref, target: Team, on_delete: cascade }
        indexes:
          - { fields: [title], where: "deleted_at IS NULL", unique: true, name: ux_tracks_live_title }
          - { fields: [title], using: gin, ops: [gin_trgm_ops], name: ix_tracks_title_trgm }
          - { expression: "lower(title)", name: ix_tracks_title_lower }
          - { fields: [quantity, title], order: [desc, asc] }
        checks:
          - { name: ck_tracks_quantity, sql: "quantity >= 0" }
          - { name: ck_tracks_title, sql: { postgres: "title <> ''", sqlite: "title <> '' AND typeof(title) = 'text'" } }
        """;

    private static EvolvingProject Project() => new EvolvingProject().Schema("team.yaml", Teams).Schema("track.yaml", Tracks);

    [Fact]
    public void Checks_and_index_options_are_generated_and_read_back_to_no_pending_change()
    {
        var project = Project();
        var text = project.Generate("initial");

        Assert.Contains("checks:", text, StringComparison.Ordinal);
        Assert.Contains("- { name: ck_tracks_title, sql: { postgres: \"title <> ''\", sqlite: \"title <> '' AND typeof(title) = 'text'\" } }", text, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: tracks, name: ix_tracks_title_lower, columns: [], expression: \"lower(title)\" }", text, StringComparison.Ordinal);
        Assert.Contains("using: gin, ops: [gin_trgm_ops]", text, StringComparison.Ordinal);
        Assert.Contains("order: [desc]", text, StringComparison.Ordinal);
        var run = project.Run();
        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB062").Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Null(ManifestReader.PendingYaml(run));
    }

    [Fact]
    public void Checks_and_index_options_as_PostgreSQL_and_SQLite_SQL()
    {
        var project = Project();
        project.Generate("initial");
        var assembly = MigrationRunner.Load(project.Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "Constraints.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "Constraints.sqlite", "sql");
    }

    [Fact]
    public void The_SQLite_note_for_using_and_ops_is_information_at_the_option()
    {
        var run = Project().Run();

        var note = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB062");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, note.Severity);
        Assert.Equal((10, 31), EvolvingProject.Position(note));
        Assert.Equal("The method gin and operator classes of an index of model Track apply on PostgreSQL only; on SQLite the index is created without them.", note.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Changing_a_check_re_creates_it_dropping_one_restores_it_in_down_with_a_rollback_warning()
    {
        var project = Project();
        project.Generate("initial");

        project.Schema("track.yaml", Tracks.Replace("quantity >= 0", "quantity BETWEEN 0 AND 1000", StringComparison.Ordinal));
        var changed = project.Generate("wider check");
        Assert.Contains("""
            up:
              - drop_check: { table: tracks, name: ck_tracks_quantity }
              - add_check: { table: tracks, name: ck_tracks_quantity, sql: "quantity BETWEEN 0 AND 1000" }
            down:
              - drop_check: { table: tracks, name: ck_tracks_quantity }
              # Rollback: the down re-adds check ck_tracks_quantity on tracks: it fails if a row then violates it, which the up allows. Fix those rows before `migrate down`.
              - add_check: { table: tracks, name: ck_tracks_quantity, sql: "quantity >= 0" }
            """.ReplaceLineEndings("\n"), changed, StringComparison.Ordinal);
        EvolvingProject.AssertClean(WithoutNotes(project.Run()));

        project.Schema("team.yaml", Teams.Replace("\nchecks:\n  - { name: ck_teams_name, sql: \"length(name) > 0\" }", string.Empty, StringComparison.Ordinal));
        var run = project.Run();
        Assert.Equal(["Rollback: the down re-adds check ck_teams_name on teams: it fails if a row then violates it, which the up allows. Fix those rows before `migrate down`."], EvolvingProject.Messages(run, "BIAB205"));
        var dropped = project.Generate("no team check");
        Assert.Contains("up:\n  - drop_check: { table: teams, name: ck_teams_name }\ndown:\n  # Rollback: the down re-adds check ck_teams_name", dropped, StringComparison.Ordinal);
        Assert.Contains("  - add_check: { table: teams, name: ck_teams_name, sql: \"length(name) > 0\" }\n", dropped, StringComparison.Ordinal);
        EvolvingProject.AssertClean(WithoutNotes(project.Run()));
    }

    [Theory]
    [InlineData("where: \"deleted_at IS NULL\"", "where: \"deleted_at IS NOT NULL\"")]
    [InlineData("using: gin, ops: [gin_trgm_ops]", "using: gist, ops: [gist_trgm_ops]")]
    [InlineData("expression: \"lower(title)\"", "expression: \"upper(title)\"")]
    [InlineData("order: [desc, asc]", "order: [asc, desc]")]
    public void Any_change_of_an_index_option_drops_and_re_creates_the_index_with_its_down(string before, string after)
    {
        var project = Project();
        project.Generate("initial");
        project.Schema("track.yaml", Tracks.Replace(before, after, StringComparison.Ordinal));

        var text = project.Generate("index option");
        var up = text.Split("down:")[0];
        var down = text.Split("down:")[1];
        Assert.Contains("- drop_index: ", up, StringComparison.Ordinal);
        Assert.Contains("- create_index: ", up, StringComparison.Ordinal);
        Assert.Contains(after.Replace(", asc]", "]", StringComparison.Ordinal), up, StringComparison.Ordinal);
        Assert.Contains("- drop_index: ", down, StringComparison.Ordinal);
        Assert.Contains("- create_index: ", down, StringComparison.Ordinal);
        EvolvingProject.AssertClean(WithoutNotes(project.Run()));
    }

    [Fact]
    public void Writing_the_defaults_btree_and_asc_changes_nothing()
    {
        var project = Project();
        project.Generate("initial");
        project.Schema("track.yaml", Tracks
            .Replace("{ fields: [quantity, title], order: [desc, asc] }", "{ fields: [quantity, title], order: [desc], using: btree }", StringComparison.Ordinal));

        EvolvingProject.AssertClean(WithoutNotes(project.Run()));
    }

    [Fact]
    public void On_SQLite_a_new_check_rebuilds_the_table_keeping_rows_and_keys_and_a_violating_row_fails_it_whole()
    {
        var project = Project();
        project.Generate("initial");
        project.Schema("track.yaml", Tracks.Replace("- { name: ck_tracks_quantity, sql: \"quantity >= 0\" }", "- { name: ck_tracks_quantity, sql: \"quantity >= 0\" }\n  - { name: ck_tracks_small, sql: \"quantity < 100\" }", StringComparison.Ordinal));
        project.Generate("small quantities");
        var assembly = MigrationRunner.Load(project.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO teams (id, name) VALUES (1, 'Core'); INSERT INTO tracks (id, title, quantity, team_id) VALUES (1, 'One', 5, 1), (2, 'Two', 500, 1)");

        Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Equal("2|0", database.Query("SELECT COUNT(*) || '|' || (SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%ck_tracks_small%') FROM tracks"));

        database.Execute("UPDATE tracks SET quantity = 50 WHERE id = 2");
        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("2|1", database.Query("SELECT COUNT(*) || '|' || (SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%ck_tracks_small%') FROM tracks"));
        Assert.Throws<SqliteException>(() => database.Execute("UPDATE tracks SET quantity = 100 WHERE id = 1"));
        Assert.Throws<SqliteException>(() => database.Execute("INSERT INTO tracks (id, title, team_id) VALUES (3, 'Three', 99)"));
        Assert.Equal("ix_tracks_quantity_title,ix_tracks_title_lower,ix_tracks_title_trgm,ux_tracks_live_title", database.Query("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tracks' AND sql IS NOT NULL ORDER BY name)"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("2|0", database.Query("SELECT COUNT(*) || '|' || (SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%ck_tracks_small%') FROM tracks"));
        database.Execute("UPDATE tracks SET quantity = 100 WHERE id = 1");
    }

    [Fact]
    public void A_partial_unique_index_on_SQLite_allows_duplicates_outside_its_predicate()
    {
        var project = Project();
        project.Generate("initial");
        var assembly = MigrationRunner.Load(project.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute("INSERT INTO teams (id, name) VALUES (1, 'Core'); INSERT INTO tracks (id, title, deleted_at) VALUES (1, 'Same', '2026-01-01'), (2, 'Same', NULL)");

        Assert.Throws<SqliteException>(() => database.Execute("INSERT INTO tracks (id, title) VALUES (3, 'Same')"));
        Assert.Throws<SqliteException>(() => database.Execute("INSERT INTO tracks (id, title, quantity) VALUES (4, 'Other', -1)"));
        Assert.Throws<SqliteException>(() => database.Execute("INSERT INTO teams (id, name) VALUES (2, '')"));
    }

    [Fact]
    public void A_check_for_one_dialect_is_created_and_dropped_on_that_dialect_only()
    {
        var project = Project();
        project.Generate("initial");
        project.Schema("team.yaml", Teams + "\n  - { name: ck_teams_lite, sql: { sqlite: \"typeof(name) = 'text'\" } }\n  - { name: ck_teams_pg, sql: { postgres: \"name ~ '^[A-Z]'\" } }");
        project.Generate("one dialect each");
        project.Schema("team.yaml", Teams);
        project.Generate("none again");
        var run = project.Run();
        EvolvingProject.AssertClean(WithoutNotes(run));
        var assembly = MigrationRunner.Load(run);

        var postgres = MigrationRunner.Script(assembly, "PostgreSQL");
        Assert.Contains("ADD CONSTRAINT \"ck_teams_pg\" CHECK (name ~ '^[A-Z]')", postgres, StringComparison.Ordinal);
        Assert.Contains("DROP CONSTRAINT \"ck_teams_pg\"", postgres, StringComparison.Ordinal);
        Assert.DoesNotContain("ck_teams_lite", postgres, StringComparison.Ordinal);
        var sqlite = MigrationRunner.Script(assembly, "SQLite");
        Assert.Contains("CONSTRAINT \"ck_teams_lite\" CHECK (typeof(name) = 'text')", sqlite, StringComparison.Ordinal);
        Assert.DoesNotContain("ck_teams_pg", sqlite, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropping_a_model_with_checks_and_index_options_restores_them_all_in_down()
    {
        var project = Project();
        project.Generate("initial");
        project.RemoveSchema("track.yaml");

        var text = project.Generate("no tracks");
        var down = text.Split("down:")[1];
        Assert.Contains("checks:\n        - { name: ck_tracks_quantity, sql: \"quantity >= 0\" }", down, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: tracks, name: ix_tracks_title_lower, columns: [], expression: \"lower(title)\" }", down, StringComparison.Ordinal);
        Assert.Contains("create_index: { table: tracks, name: ux_tracks_live_title, columns: [title], unique: true, where: \"deleted_at IS NULL\" }", down, StringComparison.Ordinal);
        EvolvingProject.AssertClean(WithoutNotes(project.Run()));
    }

    /// <summary>BIAB062 is information the build always gives for <c>using:</c>/<c>ops:</c>; the clean-run check is about everything else.</summary>
    private static GeneratorRun WithoutNotes(GeneratorRun run) => run.WithoutDiagnostic("BIAB062");
}
