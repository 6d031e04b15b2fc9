namespace BackendInABox.Tests.Shared;

/// <summary>
/// Models whose keys are not a single generated id: composite, refs, text, integer without identity or numbered by a
/// serial, and refs with their own column type. The generator tests snapshot them and the runtime tests take them up and down with rows.
/// </summary>
internal static class KeySchemas
{
    public const string Playlist = """
        name: Playlist
        table: playlists
        fields:
          id:   { type: integer, primary: true }
          name: { type: text, required: true }
        """;

    public const string Song = """
        name: Song
        table: songs
        fields:
          code:  { type: text, primary: true }
          title: { type: string, max_length: 200, required: true }
        """;

    /// <summary>The key in another order than the fields, with both refs' update actions.</summary>
    public static string PlaylistTrack(string key = "[track, playlist]", string trackOnUpdate = "cascade", string trackOnDelete = "restrict") => $$"""
        name: PlaylistTrack
        table: playlist_tracks
        primary_key: {{key}}
        fields:
          playlist: { type: ref, target: Playlist, on_delete: cascade, on_update: cascade }
          track:    { type: ref, target: Song, on_delete: {{trackOnDelete}}, on_update: {{trackOnUpdate}} }
          position: { type: integer, required: true }
        """;

    /// <summary>The same association with a surrogate id, as it looks before it gets its composite key.</summary>
    public const string PlaylistTrackWithId = """
        name: PlaylistTrack
        table: playlist_tracks
        fields:
          id:       { type: integer, primary: true }
          playlist: { type: ref, target: Playlist, on_delete: cascade, required: true }
          track:    { type: ref, target: Song, on_delete: restrict, required: true }
          position: { type: integer, required: true }
        """;

    /// <summary>A ref that is the whole key: one note per song.</summary>
    public const string SongNote = """
        name: SongNote
        table: song_notes
        fields:
          song: { type: ref, target: Song, primary: true, on_delete: cascade, on_update: cascade }
          note: { type: text }
        """;

    /// <summary>A composite key whose order is not the fields' order, over a text column and a ref.</summary>
    public const string Vote = """
        name: Vote
        table: votes
        primary_key: [song, voter]
        fields:
          voter: { type: text }
          song:  { type: ref, target: Song, on_delete: cascade }
          stars: { type: integer, required: true, default: 3 }
        """;

    /// <summary>The same key, its ref following a song's new code.</summary>
    public const string VoteFollowingSongs = """
        name: Vote
        table: votes
        primary_key: [song, voter]
        fields:
          voter: { type: text }
          song:  { type: ref, target: Song, on_delete: cascade, on_update: cascade }
        """;

    public static string Country(bool identity = false) => NumberedCountry(identity ? string.Empty : "false");

    /// <summary>A country numbered as <paramref name="identity"/> says (<c>serial</c>, <c>true</c>, <c>false</c>; empty: the default), with a ref to its capital city or without.</summary>
    public static string NumberedCountry(string identity, bool capital = false) => $$"""
        name: Country
        table: countries
        fields:
          id:      { type: integer, primary: true{{(identity.Length == 0 ? string.Empty : ", identity: " + identity)}} }
          name:    { type: text, required: true }
        {{(capital ? "  capital: { type: ref, target: City, fk_name: fk_countries_capital }" : string.Empty)}}
        """;

    /// <summary>A city numbered by a sequence its key owns (<c>identity: serial</c>), in a country or not.</summary>
    public static string SerialCity(bool country = false) => $$"""
        name: City
        table: cities
        fields:
          id:      { type: bigint, primary: true, identity: serial }
          name:    { type: text, required: true }
        {{(country ? "  country: { type: ref, target: Country, required: true, on_delete: cascade }" : string.Empty)}}
        """;

    /// <summary>Pagila's language, with <paramref name="film"/>, the line of its ref to a film.</summary>
    public static string Language(string film) => $$"""
        name: Language
        table: languages
        fields:
          id:   { type: integer, primary: true }
          name: { type: text, required: true }
          {{film}}
        """;

    /// <summary>Pagila's film: <paramref name="id"/> is the line of its key, and its language ref takes <paramref name="options"/> and <paramref name="columnType"/> (empty: the key's type).</summary>
    public static string Film(string id, string options, string columnType) => $$"""
        name: Film
        table: films
        fields:
          {{id}}
          title:    { type: text, required: true }
          language: { type: ref, target: Language, required: true{{options}}{{(columnType.Length == 0 ? string.Empty : ", column_type: " + columnType)}} }
        """;

    /// <summary>A text key whose capital refers back to a city.</summary>
    public const string TextKeyCountry = """
        name: Country
        table: countries
        fields:
          code:    { type: text, primary: true }
          capital: { type: ref, target: City, on_delete: set_null }
        """;

    /// <summary>A city whose ref to a text key has the options given (<c>, column_type: string, max_length: 20</c>).</summary>
    public static string City(string refOptions) => $$"""
        name: City
        table: cities
        fields:
          id:      { type: integer, primary: true }
          country: { type: ref, target: Country, required: true, on_delete: cascade{{refOptions}} }
        """;
}
