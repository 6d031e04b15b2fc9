using System.Globalization;
using System.Text;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>
/// Database names as a real schema has them (`column:`, any `table:` and index name, `fk_name:`, `property:`): the
/// entities, the migration the generator writes, its SQL on both dialects and its run on SQLite, with names chosen
/// to break unquoted or badly quoted SQL, C# comments and XML docs.
/// </summary>
public sealed class DatabaseNameTests
{
    /// <summary>63 bytes of UTF-8 in 32 characters: the longest name PostgreSQL keeps whole.</summary>
    private static readonly string LongUnicode = new string('é', 31) + "x";

    private static readonly string Playlist = $$"""
        name: Playlist
        table: "Play Lists"
        fields:
          id: { type: integer, primary: true, column: PlaylistId }
          name: { type: string, max_length: 120, required: true, column: "it's [the] name */ --" }
          order: { type: integer, column: order }
          kind: { type: enum, values: [mixed, single], default: mixed, column: "Kind <&> Of" }
          note: { type: text, column: "{{LongUnicode}}" }
        indexes:
          - { fields: [name], name: "IX Play Lists: name", unique: true }
          - { fields: [order, note] }
        """;

    private const string Track = """
        name: Track
        table: PlaylistTrack
        fields:
          id: { type: uuid, primary: true, default: new, column: TrackId }
          playlist: { type: ref, target: Playlist, required: true, column: PlaylistId, fk_name: "FK PlaylistTrack → Playlist", on_delete: cascade }
          track: { type: text, property: Title }
          plays: { type: bigint, unique: true, column: "Plays;DROP TABLE x" }
        """;

    private static EvolvingProject Project() => new EvolvingProject().Schema("playlist.yaml", Playlist).Schema("track.yaml", Track);

    [Fact]
    public void Hostile_names_make_entities_that_compile_and_a_migration_that_reads_back_as_no_change()
    {
        var project = Project();
        var migration = project.Generate("initial");

        var run = project.Run();
        EvolvingProject.AssertClean(run);
        Snapshot.Verify(migration, "Names.migration", "yaml");
        Snapshot.Verify(run.Source("Track.g.cs"), "Entity.NamesTrack");
        Snapshot.Verify(run.Source("Playlist.g.cs"), "Entity.NamesPlaylist");
    }

    [Fact]
    public void Names_that_are_markup_are_text_in_the_XML_docs()
    {
        var project = Project();
        project.Generate("initial");
        var harness = new GeneratorHarness().WithDocumentationDiagnostics().WithSchema("playlist.yaml", Playlist).WithSchema("track.yaml", Track);
        foreach (var (name, text) in project.Migrations)
        {
            harness.WithMigration(name, text);
        }

        var run = harness.Run();

        Assert.Empty(run.CompilationProblems.Where(d => d.Location.SourceTree?.FilePath != "Program.cs").Select(d => d.ToString()));
        Assert.Contains("<c>Kind &lt;&amp;&gt; Of</c>", run.Source("Playlist.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_are_quoted_in_the_SQL_of_both_dialects()
    {
        var project = Project();
        project.Generate("initial");
        var assembly = MigrationRunner.Load(project.Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "Names.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "Names.sqlite", "sql");
    }

    [Fact]
    public void Hostile_names_go_up_and_down_on_SQLite_with_rows_through_a_rebuild()
    {
        var project = Project();
        project.Generate("initial");
        project.Schema("track.yaml", Track.Replace("column: \"Plays;DROP TABLE x\"", "column: \"Plays;DROP TABLE x\", required: true, default: 0", StringComparison.Ordinal));
        project.Generate("plays required");
        var assembly = MigrationRunner.Load(project.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute($"INSERT INTO \"Play Lists\" (\"PlaylistId\", \"it's [the] name */ --\", \"order\", \"{LongUnicode}\") VALUES (7, 'Mix', 1, 'n')");
        database.Execute("INSERT INTO \"PlaylistTrack\" (\"TrackId\", \"PlaylistId\", \"track\", \"Plays;DROP TABLE x\") VALUES ('t1', 7, 'Song', 5), ('t2', 7, 'Other', NULL)");

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("t1:5,t2:0", database.Query("SELECT group_concat(\"TrackId\" || ':' || \"Plays;DROP TABLE x\", ',') FROM (SELECT * FROM \"PlaylistTrack\" ORDER BY 1)"));
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal("PlaylistId", database.Query("SELECT \"to\" FROM pragma_foreign_key_list('PlaylistTrack')"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("2", database.Query("SELECT COUNT(*) FROM \"PlaylistTrack\""));
        Assert.Equal("Mix|mixed", database.Query("SELECT \"it's [the] name */ --\" || '|' || \"Kind <&> Of\" FROM \"Play Lists\""));
        database.Execute("DELETE FROM \"Play Lists\"");
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM \"PlaylistTrack\""));
    }

    [Fact]
    public void The_proposed_conversion_quotes_a_column_that_needs_it()
    {
        var project = new EvolvingProject().Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  plays: { type: string, column: \"Play Count\" }\n  views: { type: string }\n");
        project.Generate("initial");
        project.Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  plays: { type: integer, column: \"Play Count\" }\n  views: { type: integer }\n");
        project.Generate("counts are numbers");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        var script = MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL");
        Assert.Contains("ALTER TABLE \"songs\" ALTER COLUMN \"Play Count\" TYPE integer USING \"Play Count\"::integer", script, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"songs\" ALTER COLUMN \"views\" TYPE integer USING views::integer", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_index_and_key_names_stay_within_63_bytes_of_UTF_8()
    {
        var project = Project();
        project.Generate("initial");
        var tables = ManifestReader.Read(project.Run()).Schema!;

        var names = tables.SelectMany(t => t.Indexes.Select(i => i.Name).Concat(t.ForeignKeys.Select(k => k.Name)).Append(t.PrimaryKeyName!)).ToList();
        Assert.Contains("ix_Play Lists_order_" + LongUnicode.Substring(0, 10), string.Join("\n", names), StringComparison.Ordinal);
        Assert.All(names, n => Assert.InRange(Encoding.UTF8.GetByteCount(n), 1, 63));
        Assert.Contains("FK PlaylistTrack → Playlist", names);
        Assert.Contains("PlaylistTrack_pkey", names);
    }

    [Fact]
    public void Giving_a_field_a_column_is_a_rename_of_the_column_its_name_gave()
    {
        var project = new EvolvingProject().Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, required: true }\n  album: { type: ref, target: Album }\n")
            .Schema("album.yaml", "name: Album\nfields:\n  id: { type: integer, primary: true }\n");
        project.Generate("initial");

        project.Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, required: true, column: Title }\n  album: { type: ref, target: Album, column: AlbumId }\n");
        var pending = ManifestReader.Read(project.Run()).Pending!;

        Assert.Contains("rename_column: { table: songs, column: title, to: Title }", pending.Yaml, StringComparison.Ordinal);
        Assert.Contains("rename_column: { table: songs, column: album_id, to: AlbumId }", pending.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("drop_column", pending.Yaml, StringComparison.Ordinal);
        Assert.Empty(pending.DataLoss);
        project.Generate("columns as in the old app");
        EvolvingProject.AssertClean(project.Run());
    }

    [Fact]
    public void Changing_a_written_column_is_a_rename_when_renamed_from_names_the_former_column()
    {
        var project = new EvolvingProject().Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, column: Title }\n");
        project.Generate("initial");

        project.Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, column: SongTitle }\n");
        var warning = Assert.Single(EvolvingProject.Messages(project.Run(), "BIAB202"));
        Assert.Contains("renamed_from: Title", warning, StringComparison.Ordinal);

        project.Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: string, column: SongTitle, renamed_from: Title }\n");
        var pending = ManifestReader.Read(project.Run()).Pending!;
        Assert.Contains("rename_column: { table: songs, column: Title, to: SongTitle }", pending.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("drop_column", pending.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_named_like_its_model_takes_another_property_name()
    {
        var run = new GeneratorHarness()
            .WithSchema("status.yaml", "name: Status\nfields:\n  id: { type: integer, primary: true }\n  status: { type: string, property: Value }\n  owner: { type: ref, target: Status, property: Parent }\n")
            .WithCSharp("Use.cs", "namespace TestApp; public static class Use { public static string? Read(Status s) => s.Value + s.Parent + Status.Columns.Value + Status.Columns.Parent; }")
            .Run();

        Assert.Empty(run.BiabDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Contains("public const string Parent = \"owner_id\";", run.Source("Status.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_named_like_a_column_keeps_its_column_when_column_says_so()
    {
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", "name: Team\nfields:\n  id: { type: uuid, primary: true }\n")
            .WithSchema("user.yaml", "name: User\nfields:\n  id: { type: uuid, primary: true }\n  team_id: { type: ref, target: Team, column: team_id_id, property: TeamId }\n")
            .Run();

        Assert.Empty(run.BiabDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Contains("public const string TeamId = \"team_id_id\";", run.Source("User.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_named_alike_but_for_case_are_one_table_on_SQLite()
    {
        var run = new GeneratorHarness()
            .WithSchema("a.yaml", "name: Team\nfields:\n  id: { type: uuid, primary: true }\n")
            .WithSchema("b.yaml", "name: Crew\ntable: Teams\nfields:\n  id: { type: uuid, primary: true }\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB021");
        Assert.Equal(GeneratorHarness.SchemaDirectory + "/b.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("as 'teams' (SQLite compares table names ignoring case)", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - create_table: { table: Teams, columns: [{ name: id, type: integer, primary: true }] }", "table 'teams' already exists at this point of the history, and SQLite compares table names ignoring case")]
    [InlineData("  - rename_table: { table: teams, to: Teams }", "table 'teams' already exists, and SQLite compares table names ignoring case")]
    [InlineData("  - add_column: { table: teams, column: { name: Name, type: text } }", "column 'teams.name' already exists, and SQLite compares column names ignoring case")]
    [InlineData("  - rename_column: { table: teams, column: id, to: NAME }", "column 'teams.name' already exists, and SQLite compares column names ignoring case")]
    public void A_history_that_names_one_table_or_column_twice_but_for_case_is_an_error_SQLite_would_make(string operation, string message)
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", "id: 20260101000000\ndescription: initial\nup:\n  - create_table: { table: teams, columns: [{ name: id, type: integer, primary: true }, { name: name, type: text }] }\n" + operation + "\ndown: []\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB109");
        Assert.Contains(message, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_renamed_to_another_case_of_its_name_is_one_column_on_SQLite()
    {
        var project = new EvolvingProject().Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: text }\n");
        project.Generate("initial");
        project.Schema("song.yaml", "name: Song\nfields:\n  id: { type: integer, primary: true }\n  title: { type: text, column: Title }\n");
        Assert.Contains("rename_column: { table: songs, column: title, to: Title }", project.Generate("capital title"), StringComparison.Ordinal);
        var assembly = MigrationRunner.Load(project.Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO songs (id, title) VALUES (1, 'Song')");

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("Title", database.Query("SELECT name FROM pragma_table_info('songs') WHERE cid = 1"));
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("title:Song", database.Query("SELECT name || ':' || (SELECT title FROM songs) FROM pragma_table_info('songs') WHERE cid = 1"));
    }

    [Theory]
    [InlineData("table: \"a\\Lb\"", "U+2028", 5)]
    [InlineData("table: 'a\"b'", "double quote", 5)]
    [InlineData("table: t\n      primary_key_name: \"k\\u200Bey\"", "U+200B", 6)]
    public void A_migration_file_with_a_name_no_schema_may_have_is_an_error_at_it(string table, string text, int line)
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", $"id: 20260101000000\ndescription: initial\nup:\n  - create_table:\n      {table}\n      columns:\n        - {{ name: id, type: integer, primary: true }}\ndown: []\n")
            .Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB105");
        Assert.Contains(text, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
