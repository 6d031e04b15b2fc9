using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Xunit;

namespace BackendInABox.Generator.Tests.Keys;

/// <summary>
/// Changing a key (its columns, their order, identity) or a foreign key's actions is a pending change whose migration
/// round-trips, whose SQL is reviewed on both dialects, and which keeps every row on SQLite going up and down.
/// </summary>
public sealed class KeyChangeTests
{
    private static EvolvingProject Started(string playlistTrack)
    {
        var history = new EvolvingProject()
            .Schema("playlist.yaml", KeySchemas.Playlist)
            .Schema("song.yaml", KeySchemas.Song)
            .Schema("playlist_track.yaml", playlistTrack)
            .Schema("country.yaml", KeySchemas.Country(identity: true));
        history.Generate("initial");
        EvolvingProject.AssertClean(history.Run());
        return history;
    }

    [Fact]
    public void Reordering_a_composite_key_re_creates_it_and_round_trips()
    {
        var history = Started(KeySchemas.PlaylistTrack());
        history.Schema("playlist_track.yaml", KeySchemas.PlaylistTrack("[playlist, track]"));

        var run = history.Run();
        Assert.Contains("playlist_tracks: primary key (track_id, playlist_id) → (playlist_id, track_id)", Assert.Single(EvolvingProject.Messages(run, "BIAB200")), StringComparison.Ordinal);
        Assert.Equal(
            "stored_forms: 3\nup:\n  - alter_primary_key: { table: playlist_tracks, columns: [playlist_id, track_id] }\ndown:\n  - alter_primary_key: { table: playlist_tracks, columns: [track_id, playlist_id] }\n",
            ManifestReader.PendingYaml(run));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB205");

        history.Generate("reorder key");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Identity_off_and_on_is_an_alter_column_that_round_trips()
    {
        var history = Started(KeySchemas.PlaylistTrack());
        history.Schema("country.yaml", KeySchemas.Country(identity: false));

        var run = history.Run();
        Assert.Contains("countries.id: identity: false", Assert.Single(EvolvingProject.Messages(run, "BIAB200")), StringComparison.Ordinal);
        Assert.Equal(
            "stored_forms: 3\nup:\n  - alter_column: { table: countries, column: { name: id, type: integer, primary: true, identity: false } }\ndown:\n  - alter_column: { table: countries, column: { name: id, type: integer, primary: true } }\n",
            ManifestReader.PendingYaml(run));
        history.Generate("country ids by hand");
        EvolvingProject.AssertClean(history.Run());

        history.Schema("country.yaml", KeySchemas.Country(identity: true));
        Assert.Contains("countries.id: now identity", Assert.Single(EvolvingProject.Messages(history.Run(), "BIAB200")), StringComparison.Ordinal);
        history.Generate("country ids numbered again");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Changing_on_update_re_creates_the_foreign_key_without_a_rollback_warning()
    {
        var history = Started(KeySchemas.PlaylistTrack());
        history.Schema("playlist_track.yaml", KeySchemas.PlaylistTrack(trackOnUpdate: "restrict"));

        var run = history.Run();
        Assert.Equal(
            "stored_forms: 3\nup:\n  - drop_foreign_key: { table: playlist_tracks, name: fk_playlist_tracks_track_id }\n"
            + "  - add_foreign_key: { table: playlist_tracks, column: track_id, references: { table: songs, column: code }, on_delete: restrict, on_update: restrict, name: fk_playlist_tracks_track_id }\n"
            + "down:\n  - drop_foreign_key: { table: playlist_tracks, name: fk_playlist_tracks_track_id }\n"
            + "  - add_foreign_key: { table: playlist_tracks, column: track_id, references: { table: songs, column: code }, on_delete: restrict, on_update: cascade, name: fk_playlist_tracks_track_id }\n",
            ManifestReader.PendingYaml(run));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB205");

        history.Generate("restrict track updates");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Naming_a_foreign_key_with_fk_name_re_creates_it_without_a_rollback_warning()
    {
        var history = Started(KeySchemas.PlaylistTrack());
        history.Schema("playlist_track.yaml", KeySchemas.PlaylistTrack().Replace("on_update: cascade }\n  position", "on_update: cascade, fk_name: FK_PlaylistTrack_Track }\n  position", StringComparison.Ordinal));

        var run = history.Run();
        Assert.Equal(
            "stored_forms: 3\nup:\n  - drop_foreign_key: { table: playlist_tracks, name: fk_playlist_tracks_track_id }\n"
            + "  - add_foreign_key: { table: playlist_tracks, column: track_id, references: { table: songs, column: code }, on_delete: restrict, on_update: cascade, name: FK_PlaylistTrack_Track }\n"
            + "down:\n  - drop_foreign_key: { table: playlist_tracks, name: FK_PlaylistTrack_Track }\n"
            + "  - add_foreign_key: { table: playlist_tracks, column: track_id, references: { table: songs, column: code }, on_delete: restrict, on_update: cascade, name: fk_playlist_tracks_track_id }\n",
            ManifestReader.PendingYaml(run));
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id == "BIAB205");

        history.Generate("name the track key");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void A_surrogate_id_replaced_by_a_composite_key_round_trips()
    {
        var history = Started(KeySchemas.PlaylistTrackWithId);
        history.Schema("playlist_track.yaml", KeySchemas.PlaylistTrack("[playlist, track]"));

        var run = history.Run();
        var pending = ManifestReader.PendingYaml(run)!;
        Assert.Contains("  - alter_primary_key: { table: playlist_tracks, columns: [playlist_id, track_id] }\n  - drop_column: { table: playlist_tracks, column: id }\n", pending, StringComparison.Ordinal);
        Assert.Contains("  - add_column: { table: playlist_tracks, column: { name: id, type: integer, required: true, identity: true } }\n  - alter_primary_key: { table: playlist_tracks, columns: [id] }\n", pending, StringComparison.Ordinal);

        history.Generate("composite key");
        EvolvingProject.AssertClean(history.Run());
    }

    [Fact]
    public void Key_changes_as_PostgreSQL_and_SQLite_SQL()
    {
        var history = KeyHistory();
        var assembly = MigrationRunner.Load(history.Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "Keys.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "Keys.sqlite", "sql");
    }

    [Fact]
    public void Key_changes_keep_every_row_and_reference_on_SQLite_up_and_down()
    {
        var history = KeyHistory();
        var assembly = MigrationRunner.Load(history.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute(
            "INSERT INTO playlists (name) VALUES ('Road'), ('Gym'); INSERT INTO songs (code, title) VALUES ('s1', 'One'), ('s2', 'Two');"
            + "INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 's1', 1), (1, 's2', 2), (2, 's1', 1);"
            + "INSERT INTO countries (id, name) VALUES (7, 'Seven')");
        const string rows = "SELECT group_concat(playlist_id || ':' || track_id || ':' || position, ' ') FROM (SELECT * FROM playlist_tracks ORDER BY playlist_id, track_id)";
        Assert.Equal("1:s1:1 1:s2:2 2:s1:1", database.Query(rows));

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("1:s1:1 1:s2:2 2:s1:1", database.Query(rows));
        Assert.Equal("playlist_id,track_id", database.Query("SELECT group_concat(name) FROM (SELECT name FROM pragma_table_info('playlist_tracks') WHERE pk > 0 ORDER BY pk)"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 's1', 9)"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute("UPDATE songs SET code = 's9' WHERE code = 's1'"));
        database.Execute("UPDATE playlists SET id = 5 WHERE id = 2");
        Assert.Equal("1:s1:1 1:s2:2 5:s1:1", database.Query(rows));
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal("song_id,voter", database.Query("SELECT group_concat(name) FROM (SELECT name FROM pragma_table_info('votes') WHERE pk > 0 ORDER BY pk)"));
        database.Execute("INSERT INTO votes (voter, song_id) VALUES ('ann', 's2'); INSERT INTO songs (code, title) VALUES ('s4', 'Four'); INSERT INTO song_notes (song_id, note) VALUES ('s4', 'fine')");
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute("INSERT INTO votes (voter, song_id) VALUES ('ann', 's2')"));
        database.Execute("UPDATE songs SET code = 's5' WHERE code = 's4'");
        Assert.Equal("s5:fine", database.Query("SELECT song_id || ':' || note FROM song_notes"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("1:s1:1 1:s2:2 5:s1:1", database.Query(rows));
        Assert.Equal("id", database.Query("SELECT group_concat(name) FROM pragma_table_info('playlist_tracks') WHERE pk > 0"));
        Assert.Equal("7:Seven", database.Query("SELECT id || ':' || name FROM countries"));
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public void Hand_written_key_operations_with_bad_values_are_reported_at_their_line()
    {
        const string migration = """
            id: 20260101000000
            description: initial
            up:
              - create_table:
                  table: pairs
                  primary_key: [a, missing]
                  columns:
                    - { name: a, type: text, primary: true }
                    - { name: b, type: text, primary: true }
                    - { name: d, type: uuid, identity: true }
              - alter_primary_key: { table: pairs, columns: [] }
              - add_foreign_key: { table: pairs, column: a, references: { table: pairs, column: b }, on_update: sideways }
            down: []
            """;
        var reported = Reported(new GeneratorHarness().WithMigration("20260101000000_initial.yaml", migration).Run());

        Assert.Contains(reported, r => r.StartsWith("BIAB105 6 Column 'b' of create_table in up of", StringComparison.Ordinal) && r.Contains("is marked primary but 'primary_key' does not list it", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB105 6 'primary_key' of create_table in up of", StringComparison.Ordinal) && r.Contains("names column 'missing', which the table does not have", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB105 10 Column 'd' in create_table in up of", StringComparison.Ordinal) && r.Contains("only an integer or bigint column can be an identity", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB105 11 ", StringComparison.Ordinal) && r.Contains("lists no columns", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB105 12 on_update of add_foreign_key", StringComparison.Ordinal));
    }

    [Fact]
    public void Hand_written_key_changes_that_do_not_fit_the_history_are_reported_at_their_line()
    {
        const string migration = """
            id: 20260101000000
            description: initial
            up:
              - create_table:
                  table: singles
                  columns:
                    - { name: id, type: integer, primary: true }
                    - { name: note, type: text }
              - create_table:
                  table: children
                  columns:
                    - { name: id, type: integer, primary: true }
                    - { name: single_id, type: integer }
              - add_foreign_key: { table: children, column: single_id, references: { table: singles, column: id } }
              - alter_primary_key: { table: singles, columns: [id, nowhere] }
              - alter_primary_key: { table: singles, columns: [id, note] }
              - alter_column: { table: singles, column: { name: note, type: text, required: true } }
              - alter_primary_key: { table: singles, columns: [note] }
            down: []
            """;
        var reported = Reported(new GeneratorHarness().WithMigration("20260101000000_initial.yaml", migration).Run());

        Assert.Contains(reported, r => r.StartsWith("BIAB109 15 ", StringComparison.Ordinal) && r.Contains("the primary key names column 'singles.nowhere', which does not exist", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB109 16 ", StringComparison.Ordinal) && r.Contains("column 'singles.note' is optional and cannot be part of the primary key", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("BIAB109 18 ", StringComparison.Ordinal) && r.Contains("foreign key 'fk_children_single_id' of 'children' references 'singles.id', which leaves the primary key", StringComparison.Ordinal));
    }

    private static List<string> Reported(GeneratorRun run)
    {
        Assert.Null(run.Exception);
        return [.. run.BiabDiagnostics.Where(d => d.Id is not ("BIAB200" or "BIAB111")).Select(d => $"{d.Id} {EvolvingProject.Position(d).Line} {d.GetMessage(CultureInfo.InvariantCulture)}")];
    }

    /// <summary>An initial migration with a surrogate-key association, then one that changes every kind of key at once.</summary>
    private static EvolvingProject KeyHistory()
    {
        var history = Started(KeySchemas.PlaylistTrackWithId);
        history.Schema("playlist_track.yaml", KeySchemas.PlaylistTrack("[playlist, track]", trackOnUpdate: "restrict"))
            .Schema("country.yaml", KeySchemas.Country(identity: false))
            .Schema("song_note.yaml", KeySchemas.SongNote)
            .Schema("vote.yaml", KeySchemas.Vote);
        history.Generate("keys");
        EvolvingProject.AssertClean(history.Run());
        return history;
    }
}
