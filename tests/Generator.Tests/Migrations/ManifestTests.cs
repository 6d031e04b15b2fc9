using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>The build manifest is C# that constructs the runtime's contract records: reviewed as code, read back typed.</summary>
public sealed class ManifestTests
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:   { type: uuid, primary: true, default: new }
          name: { type: string, required: true, max_length: 80, unique: true }
        """;

    private const string Member = """
        name: Member
        table: members
        fields:
          id:   { type: integer, primary: true }
          team: { type: ref, target: Team, on_delete: cascade }
          role: { type: enum, values: [lead, member], default: member }
        """;

    private const string FirstMigration = """
        id: 20260101000000
        description: teams
        up:
          - create_table:
              table: teams
              columns:
                - { name: id, type: uuid, primary: true, default: new }
                - { name: name, type: string, required: true, max_length: 80 }
          - create_index: { table: teams, name: ux_teams_name, columns: [name], unique: true }
        down:
          - drop_table: { table: teams }
        """;

    [Fact]
    public void The_manifest_constructs_the_runtime_records_one_element_a_line()
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Team).WithSchema("member.yaml", Member).WithMigration("20260101000000_teams.yaml", FirstMigration).Run();

        Assert.Empty(run.CompilationProblems);
        Snapshot.Verify(run.Source("BuildManifest.g.cs"), "Manifest.TeamsAndPendingMembers", "cs");
    }

    [Fact]
    public void The_runtime_reads_back_what_the_build_knew()
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Team).WithSchema("member.yaml", Member).WithMigration("20260101000000_teams.yaml", FirstMigration).Run();

        var manifest = ManifestReader.Read(run);
        var migration = Assert.Single(manifest.Migrations);
        Assert.Equal((20260101000000L, "teams", (long?)null, true, false), (migration.Id, migration.Description, migration.Parent, migration.Transaction, migration.SqliteRebuilds));
        Assert.Equal(64, migration.Sha256.Length);
        Assert.Equal(20260101000000L, manifest.HeadId);
        Assert.True(manifest.HistoryValid);
        var teams = Assert.Single(manifest.Schema!);
        Assert.Equal(["id", "name"], teams.Columns.Select(c => c.Name));
        Assert.Equal("uuid", teams.Columns[0].PostgresType);
        Assert.Equal("ux_teams_name", Assert.Single(teams.Indexes).Name);
        Assert.NotNull(manifest.Pending);
        Assert.Contains("create_table", manifest.Pending!.Yaml, StringComparison.Ordinal);
        Assert.Contains(manifest.Pending.Summary, line => line.Contains("members", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_migration_lists_what_its_up_can_lose_for_the_runners_backup()
    {
        const string Lossy = """
            id: 20260102000000
            description: shrink teams
            parent: 20260101000000
            up:
              - create_table:
                  table: notes
                  columns:
                    - { name: id, type: integer, primary: true }
                    - { name: kind, type: enum, values: [a, b, c] }
              - alter_column: { table: teams, column: { name: name, type: string, required: true, max_length: 20 } }
              - alter_column: { table: notes, column: { name: kind, type: enum, values: [a, b] } }
              - add_column: { table: teams, column: { name: motto, type: text } }
              - drop_column: { table: teams, column: motto }
              - drop_table: { table: notes }
            down:
              - alter_column: { table: teams, column: { name: name, type: string, required: true, max_length: 80 } }
            """;
        var run = new GeneratorHarness().WithSchema("team.yaml", Team)
            .WithMigration("20260101000000_teams.yaml", FirstMigration)
            .WithMigration("20260102000000_shrink_teams.yaml", Lossy)
            .Run();

        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var manifest = ManifestReader.Read(run);
        Assert.Empty(manifest.Find(20260101000000)!.DataLoss);
        Assert.Equal(
            [
                "narrows teams.name from string(80) to string(20)",
                "removes the value(s) c of notes.kind",
                "drops column teams.motto and its data",
                "drops table notes and all its rows",
            ],
            manifest.Find(20260102000000)!.DataLoss);
    }
}
