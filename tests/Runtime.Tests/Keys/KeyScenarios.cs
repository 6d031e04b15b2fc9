using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Keys;

/// <summary>
/// Composite keys, refs and text as keys, identity: false and on_update, taken up and down with rows in tables that
/// refer to each other: every row and key survives, the live database has exactly the expected shape each time, and the
/// keys and actions are enforced by the database.
/// </summary>
public abstract class KeyScenarios
{
    private const string Playlist = """
        name: Playlist
        table: playlists
        fields:
          id:   { type: integer, primary: true }
          name: { type: text, required: true }
        """;

    private const string Song = """
        name: Song
        table: songs
        fields:
          code:  { type: text, primary: true }
          title: { type: string, max_length: 200, required: true }
        """;

    private const string TrackWithId = """
        name: PlaylistTrack
        table: playlist_tracks
        fields:
          id:       { type: integer, primary: true }
          playlist: { type: ref, target: Playlist, on_delete: cascade, required: true }
          track:    { type: ref, target: Song, on_delete: restrict, required: true }
          position: { type: integer, required: true }
        """;

    private const string TrackWithCompositeKey = """
        name: PlaylistTrack
        table: playlist_tracks
        primary_key: [playlist, track]
        fields:
          playlist: { type: ref, target: Playlist, on_delete: cascade, on_update: cascade }
          track:    { type: ref, target: Song, on_delete: no_action, on_update: restrict }
          position: { type: integer, required: true }
        """;

    private const string SongNote = """
        name: SongNote
        table: song_notes
        fields:
          song: { type: ref, target: Song, primary: true, on_delete: cascade, on_update: cascade }
          note: { type: text }
        """;

    private const string Vote = """
        name: Vote
        table: votes
        primary_key: [song, voter]
        fields:
          voter: { type: text }
          song:  { type: ref, target: Song, on_delete: cascade, on_update: cascade }
        """;

    private const string Rows = "SELECT playlist_id || ':' || track_id || ':' || position FROM playlist_tracks ORDER BY playlist_id, track_id";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static string Country(bool identity) => $$"""
        name: Country
        table: countries
        fields:
          id:   { type: integer, primary: true{{(identity ? string.Empty : ", identity: false")}} }
          name: { type: text, required: true }
        """;

    [Fact]
    public async Task A_surrogate_id_becomes_a_composite_key_with_update_actions_and_back_keeping_every_row()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("playlist.yaml", Playlist).WithSchema("song.yaml", Song).WithSchema("playlist_track.yaml", TrackWithId).WithSchema("country.yaml", Country(identity: true));
        await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO playlists (name) VALUES ('Road')");
        await app.Database.ExecuteAsync("INSERT INTO playlists (name) VALUES ('Gym')");
        await app.Database.ExecuteAsync("INSERT INTO songs (code, title) VALUES ('s1', 'One')");
        await app.Database.ExecuteAsync("INSERT INTO songs (code, title) VALUES ('s2', 'Two')");
        await app.Database.ExecuteAsync("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 's1', 1)");
        await app.Database.ExecuteAsync("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 's2', 2)");
        await app.Database.ExecuteAsync("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (2, 's1', 1)");
        await app.Database.ExecuteAsync("INSERT INTO countries (id, name) VALUES (7, 'Seven')");
        await LiveShape.AssertExpectedAsync(app);

        app.WithSchema("playlist_track.yaml", TrackWithCompositeKey).WithSchema("country.yaml", Country(identity: false))
            .WithSchema("song_note.yaml", SongNote).WithSchema("vote.yaml", Vote);
        app.Rebuild();
        var migration = await app.GenerateAsync("keys");
        Assert.Contains("alter_primary_key: { table: playlist_tracks, columns: [playlist_id, track_id] }", migration.Text, StringComparison.Ordinal);
        (await app.MigrateAsync("up")).ShouldSucceed();

        Assert.Equal(["1:s1:1", "1:s2:2", "2:s1:1"], await app.Database.ColumnValuesAsync(Rows));
        await LiveShape.AssertExpectedAsync(app, live =>
        {
            Assert.Equal(["playlist_id", "track_id"], live.Table("playlist_tracks")!.PrimaryKey);
            Assert.Equal(["song_id", "voter"], live.Table("votes")!.PrimaryKey);
            Assert.Contains(live.Table("playlist_tracks")!.ForeignKeys, k => k is { Column: "track_id", OnDelete: "NO ACTION", OnUpdate: "RESTRICT" });
            Assert.Contains(live.Table("playlist_tracks")!.ForeignKeys, k => k is { Column: "playlist_id", OnDelete: "CASCADE", OnUpdate: "CASCADE" });
        });
        await app.Database.AssertRejectedAsync("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 's1', 9)", "a duplicate composite key");
        await app.Database.AssertRejectedAsync("UPDATE songs SET code = 's9' WHERE code = 's1'", "on_update restrict");
        await app.Database.AssertRejectedAsync("INSERT INTO countries (name) VALUES ('No id')", "an id the application must give");
        await app.Database.ExecuteAsync("UPDATE playlists SET id = 5 WHERE id = 2");
        Assert.Equal(["1:s1:1", "1:s2:2", "5:s1:1"], await app.Database.ColumnValuesAsync(Rows));
        await app.Database.ExecuteAsync("INSERT INTO songs (code, title) VALUES ('s4', 'Four')");
        await app.Database.ExecuteAsync("INSERT INTO song_notes (song_id, note) VALUES ('s4', 'fine')");
        await app.Database.ExecuteAsync("INSERT INTO votes (voter, song_id) VALUES ('ann', 's4')");
        await app.Database.AssertRejectedAsync("INSERT INTO votes (voter, song_id) VALUES ('ann', 's4')", "a duplicate vote");
        await app.Database.ExecuteAsync("UPDATE songs SET code = 's5' WHERE code = 's4'");
        Assert.Equal(["s5:fine"], await app.Database.ColumnValuesAsync("SELECT song_id || ':' || note FROM song_notes"));
        Assert.Equal(["s5:ann"], await app.Database.ColumnValuesAsync("SELECT song_id || ':' || voter FROM votes"));
        await app.Database.ExecuteAsync("INSERT INTO countries (id, name) VALUES (9, 'Nine')");

        (await app.MigrateAsync("down")).ShouldSucceed();
        app.WithSchema("playlist_track.yaml", TrackWithId).WithSchema("country.yaml", Country(identity: true));
        app.App.DeleteSchema("song_note.yaml");
        app.App.DeleteSchema("vote.yaml");
        File.Delete(migration.Path);
        app.Rebuild();
        Assert.Equal(["1:s1:1", "1:s2:2", "5:s1:1"], await app.Database.ColumnValuesAsync(Rows));
        Assert.Equal(3, (await app.Database.ColumnValuesAsync("SELECT DISTINCT id FROM playlist_tracks")).Count);
        await LiveShape.AssertExpectedAsync(app, live => Assert.Equal(["id"], live.Table("playlist_tracks")!.PrimaryKey));
        Assert.False(await app.Database.TableExistsAsync("votes"));
        await app.Database.ExecuteAsync("INSERT INTO countries (name) VALUES ('Numbered again')");
        Assert.Equal(["7", "9", "10"], await app.Database.ColumnValuesAsync("SELECT CAST(id AS TEXT) AS label FROM countries ORDER BY countries.id"));
        await app.Database.AssertRejectedAsync("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 'missing', 3)", "a broken reference");
        if (app.Database.Provider == "SQLite")
        {
            Assert.Empty(await app.Database.QueryAsync("PRAGMA foreign_key_check"));
        }
    }
}

public sealed class SqliteKeyTests : KeyScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresKeyTests : KeyScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
