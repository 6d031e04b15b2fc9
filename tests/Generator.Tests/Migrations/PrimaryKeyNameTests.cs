using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// A new table's primary key is named like PostgreSQL's own (<c>users_pkey</c>), while one a file written before
/// that created keeps the <c>PK_users</c> it has in every database, through renames, drops and their downs.
/// </summary>
public sealed class PrimaryKeyNameTests
{
    /// <summary>Without primary_key_name, as files before named keys; with the current stored forms, so only the key name is old.</summary>
    private const string Legacy = """
        stored_forms: 2
        up:
          - create_table:
              table: teams
              columns:
                - { name: id, type: uuid, primary: true, default: new }
        down:
          - drop_table: { table: teams }
        """;

    private const string Team = "name: Team\nfields:\n  id: { type: uuid, primary: true, default: new }\n";

    [Fact]
    public void A_new_table_gets_a_lower_case_key_name_that_the_file_records()
    {
        var project = new EvolvingProject().Schema("team.yaml", Team);
        var migration = project.Generate("initial");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Contains("      table: teams\n      primary_key_name: teams_pkey\n", migration, StringComparison.Ordinal);
        Assert.Contains(".PrimaryKey(\"teams_pkey\")", run.Source("_Initial.g.cs"), StringComparison.Ordinal);
        Assert.Equal("teams_pkey", Assert.Single(ManifestReader.Read(run).Schema!).PrimaryKeyName);
        Assert.Contains("CONSTRAINT \"teams_pkey\" PRIMARY KEY (\"id\")", MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: Album\nprimary_key_name: PK_Album\nfields:\n  id: { type: integer, primary: true }\n", "CONSTRAINT \"PK_Album\" PRIMARY KEY (\"id\")")]
    [InlineData("name: Album\nprimary_key_name: PK_Track\nprimary_key: [a, b]\nfields:\n  a: { type: integer, required: true }\n  b: { type: integer, required: true }\n",
        "ADD CONSTRAINT \"PK_Track\" PRIMARY KEY (\"a\", \"b\")")]
    public void A_model_names_its_key_as_an_existing_schema_does(string schema, string postgres)
    {
        var project = new EvolvingProject().Schema("album.yaml", schema);
        project.Generate("initial");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Equal(postgres.Contains("PK_Album", StringComparison.Ordinal) ? "PK_Album" : "PK_Track", Assert.Single(ManifestReader.Read(run).Schema!).PrimaryKeyName);
        Assert.Contains(postgres, MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_name_that_cannot_be_a_database_name_is_an_error_at_it()
    {
        var run = new GeneratorHarness().WithSchema("album.yaml", "name: Album\nprimary_key_name: 'PK\"x'\nfields:\n  id: { type: integer, primary: true }\n").Run();

        var error = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB040");
        Assert.Equal((2, 19), EvolvingProject.Position(error));
    }

    [Fact]
    public void A_table_an_older_file_created_keeps_its_key_name_and_is_no_pending_change()
    {
        var project = new EvolvingProject().Schema("team.yaml", Team);
        project.Add("initial", Legacy);
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.Equal("PK_teams", Assert.Single(ManifestReader.Read(run).Schema!).PrimaryKeyName);
        Assert.Contains("CONSTRAINT \"PK_teams\" PRIMARY KEY (\"id\")", MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_table_keeps_its_key_name_and_a_dropped_one_comes_back_with_it()
    {
        var project = new EvolvingProject().Schema("team.yaml", "name: Team\ntable: crews\nfields:\n  id: { type: uuid, primary: true, default: new }\n");
        project.Add("initial", Legacy);
        project.Add("rename", "up:\n  - rename_table: { table: teams, to: crews }\ndown:\n  - rename_table: { table: crews, to: teams }\n");
        var run = project.Run();
        EvolvingProject.AssertClean(run);
        Assert.Equal("PK_teams", Assert.Single(ManifestReader.Read(run).Schema!).PrimaryKeyName);

        project.RemoveSchema("team.yaml").Schema("other.yaml", "name: Other\nfields:\n  id: { type: integer, primary: true }\n");
        var drop = project.Generate("drop crews");
        Assert.Contains("      table: crews\n      primary_key_name: PK_teams\n", drop, StringComparison.Ordinal);
        EvolvingProject.AssertClean(project.Run());
    }
}
