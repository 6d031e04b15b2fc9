using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>Which files are read, as the package's targets select them: *.yaml and *.yml under schema/ and migrations/.</summary>
public sealed class InputFileTests
{
    private const string Team = "name: Team\nfields:\n  id: { type: uuid, primary: true }\n";

    [Fact]
    public void A_yml_schema_file_generates_its_entity()
    {
        var run = new GeneratorHarness().WithSchema("team.yml", Team).WithSchema("nested/crew.yml", Team.Replace("Team", "Crew", StringComparison.Ordinal)).Run();

        Assert.Contains("Team.g.cs", run.HintNames);
        Assert.Contains("Crew.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_yml_migration_is_part_of_the_history()
    {
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", Team)
            .WithMigration("20260101000000_create_teams.yml", "id: 20260101000000\ndescription: create teams\nstored_forms: 2\nup:\n  - create_table:\n      table: teams\n      columns:\n        - { name: id, type: uuid, primary: true }\ndown:\n  - drop_table: { table: teams }\n")
            .Run();

        var manifest = ManifestReader.Read(run);
        var migration = Assert.Single(manifest.Migrations);
        Assert.EndsWith("/migrations/20260101000000_create_teams.yml", migration.File, StringComparison.Ordinal);
        Assert.Null(ManifestReader.PendingYaml(run));
        Assert.Contains(run.HintNames, h => h.StartsWith("Migrations.M20260101000000", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_files_in_the_folders_are_not_read()
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Team).WithSchema("notes.txt", "name: Notes\n").WithSchema("team.yaml.bak", "junk: [").Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Id != "BIAB200");
        Assert.DoesNotContain("Notes.g.cs", run.HintNames);
    }
}
