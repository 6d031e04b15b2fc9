using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Xunit;

namespace BackendInABox.Generator.Tests.Keys;

/// <summary>Composite keys, refs and text as keys, identity: false and on_update: the entities, the SQL, and every misuse at its line.</summary>
public sealed class KeySchemaTests
{
    private static GeneratorHarness Keys() => new GeneratorHarness()
        .WithSchema("playlist.yaml", KeySchemas.Playlist)
        .WithSchema("song.yaml", KeySchemas.Song)
        .WithSchema("playlist_track.yaml", KeySchemas.PlaylistTrack())
        .WithSchema("song_note.yaml", KeySchemas.SongNote)
        .WithSchema("country.yaml", KeySchemas.Country());

    [Fact]
    public void Entities_of_composite_and_ref_keys_compile_warning_free_with_the_key_types()
    {
        const string use = """
            namespace TestApp;

            public static class KeyUse
            {
                public static void Types(PlaylistTrack t, SongNote n, Country c)
                {
                    int playlist = t.PlaylistId;
                    string track = t.TrackId;
                    string song = n.SongId;
                    int country = c.Id;
                    System.GC.KeepAlive(new object[] { playlist, track, song, country });
                }
            }
            """;
        var run = Keys().WithCSharp("KeyUse.cs", use).Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Snapshot.Verify(run.SourceNamed("PlaylistTrack.g.cs"), "Entity.PlaylistTrack");
    }

    [Fact]
    public void The_first_migration_writes_the_key_in_its_order_and_both_update_actions()
    {
        var run = Keys().Run();

        var pending = ManifestReader.PendingYaml(run)!;
        Assert.Contains("      table: playlist_tracks\n      primary_key_name: playlist_tracks_pkey\n      primary_key: [track_id, playlist_id]\n", pending, StringComparison.Ordinal);
        Assert.Contains("- { name: id, type: integer, primary: true, identity: false }", pending, StringComparison.Ordinal);
        Assert.Contains("on_delete: cascade, on_update: cascade, name: fk_playlist_tracks_playlist_id", pending, StringComparison.Ordinal);
        Assert.Contains("on_delete: restrict, on_update: cascade, name: fk_playlist_tracks_track_id", pending, StringComparison.Ordinal);
        Assert.Contains("- { name: song_id, type: text, primary: true }", pending, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagram_shows_a_composite_key_s_refs_as_many_and_a_ref_key_as_one_with_the_stored_type()
    {
        var diagram = ManifestReader.Read(Keys().WithSchema("song_note_reply.yaml", "name: Reply\nfields:\n  note: { type: ref, target: SongNote, primary: true }\n").Run()).Diagram!;

        Assert.Contains("    PlaylistTrack }o--|| Playlist : \"playlist\"\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    PlaylistTrack }o--|| Song : \"track\"\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    SongNote |o--|| Song : \"song\"\n", diagram, StringComparison.Ordinal);
        Assert.Contains("        text note_id PK, FK\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_misuse_of_a_key_is_reported_at_its_line()
    {
        const string yaml = """
            name: Bad
            primary_key: [first, missing, first, blob]
            fields:
              first:  { type: integer }
              second: { type: integer, primary: true }
              blob:   { type: json }
              label:  { type: text, identity: false }
              count:  { type: integer, identity: false }
              owner:  { type: ref, target: Playlist, on_update: sideways }
            """;
        var run = new GeneratorHarness().WithSchema("playlist.yaml", KeySchemas.Playlist).WithSchema("bad.yaml", yaml).Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "BIAB050 2:22 'primary_key' of model Bad names the unknown field 'missing'.",
                "BIAB050 2:31 'primary_key' of model Bad lists field 'first' twice.",
                "BIAB014 2:38 Field blob of model Bad is primary but has type json; a key must be uuid, string, char, text, integer, bigint, smallint or a ref.",
                "BIAB050 5:3 Field second of model Bad is marked 'primary: true' but 'primary_key' does not list it; mark the key in one place.",
                "BIAB051 7:25 'identity' applies only to an integer or bigint primary key; field Bad.label is text.",
                "BIAB010 9:53 on_update of field Bad.owner must be one of no_action, cascade, set_null, restrict, not 'sideways'.",
            ],
            Reported(run));
    }

    [Fact]
    public void Identity_false_outside_a_single_key_and_set_null_on_a_key_are_reported_at_the_field()
    {
        const string yaml = """
            name: Bad
            primary_key: [a, b]
            fields:
              a:     { type: integer, identity: false }
              b:     { type: ref, target: Playlist, on_update: set_null }
              other: { type: bigint, identity: false }
            """;
        var run = new GeneratorHarness().WithSchema("playlist.yaml", KeySchemas.Playlist).WithSchema("bad.yaml", yaml).Run();

        Assert.Equal(
            [
                "BIAB051 4:3 Field Bad.a sets 'identity: false', which applies only to the single integer or bigint key of model Bad (the members of a composite key are never numbered by the database).",
                "BIAB010 5:3 Field Bad.b is part of the primary key of model Bad, so its on_delete and on_update cannot be set_null.",
                "BIAB051 6:3 Field Bad.other sets 'identity: false', which applies only to the single integer or bigint key of model Bad (the members of a composite key are never numbered by the database).",
            ],
            Reported(run));
    }

    [Fact]
    public void A_cycle_of_key_refs_and_a_ref_to_a_composite_key_are_reported_at_the_ref()
    {
        const string entry = """
            name: Entry
            fields:
              id:    { type: uuid, primary: true }
              track: { type: ref, target: PlaylistTrack }
            """;
        const string left = """
            name: Left
            fields:
              right: { type: ref, target: Right, primary: true }
            """;
        const string right = """
            name: Right
            fields:
              left: { type: ref, target: Left, primary: true }
            """;
        var run = Keys().WithSchema("entry.yaml", entry).WithSchema("left.yaml", left).WithSchema("right.yaml", right).Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "BIAB053 3:3 The primary key Left.right is a ref, and following key refs from Left comes back to it; one model of the cycle needs a key of its own type.",
                "BIAB053 3:3 The primary key Right.left is a ref, and following key refs from Right comes back to it; one model of the cycle needs a key of its own type.",
                "BIAB052 4:3 Field Entry.track refers to model PlaylistTrack, whose primary key has 2 columns (track, playlist); a ref needs a single-column key. Give PlaylistTrack a single key (and a unique index over its columns), or refer to its parts with their own refs.",
            ],
            Reported(run).Where(d => !d.StartsWith("BIAB200", StringComparison.Ordinal)));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    private static List<string> Reported(GeneratorRun run) => [.. run.BiabDiagnostics.Select(d =>
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
    })];
}
