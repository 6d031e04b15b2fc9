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
    private const string Rows = "SELECT playlist_id || ':' || track_id || ':' || position FROM playlist_tracks ORDER BY playlist_id, track_id";

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_surrogate_id_becomes_a_composite_key_with_update_actions_and_back_keeping_every_row()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("playlist.yaml", KeySchemas.Playlist).WithSchema("song.yaml", KeySchemas.Song).WithSchema("playlist_track.yaml", KeySchemas.PlaylistTrackWithId).WithSchema("country.yaml", KeySchemas.Country(identity: true));
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

        app.WithSchema("playlist_track.yaml", KeySchemas.PlaylistTrack(key: "[playlist, track]", trackOnUpdate: "restrict", trackOnDelete: "no_action")).WithSchema("country.yaml", KeySchemas.Country(identity: false))
            .WithSchema("song_note.yaml", KeySchemas.SongNote).WithSchema("vote.yaml", KeySchemas.VoteFollowingSongs);
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
        app.WithSchema("playlist_track.yaml", KeySchemas.PlaylistTrackWithId).WithSchema("country.yaml", KeySchemas.Country(identity: true));
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
        await References.AssertEnforcedAsync(app.Database, "INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (1, 'missing', 3)");
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
