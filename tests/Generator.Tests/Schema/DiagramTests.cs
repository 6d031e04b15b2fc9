using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>The Mermaid ER diagram the build manifest carries for `migrate diagram`.</summary>
public sealed class DiagramTests
{
    [Fact]
    public void Models_become_entities_and_refs_relationships_read_from_the_child()
    {
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", "name: Team\nfields:\n  id: { type: uuid, primary: true }\n  name: { type: string, required: true, unique: true, description: \"The \\\"public\\\" name.\\u2028Shown on the page.\" }\n")
            .WithSchema("user.yaml", "name: User\nfields:\n  id: { type: bigint, primary: true }\n  team: { type: ref, target: Team, required: true }\n  mentor: { type: ref, target: User }\n  badge: { type: ref, target: Badge, unique: true }\n")
            .WithSchema("badge.yaml", "name: Badge\nfields:\n  code: { type: string, primary: true, max_length: 10 }\n")
            .Run();

        Assert.Equal(
            """
            erDiagram
                Badge {
                    string code PK
                }
                Team {
                    uuid id PK
                    string name UK "The 'public' name. Shown on the page."
                }
                User {
                    bigint id PK
                    uuid team_id FK
                    bigint mentor_id FK
                    string badge_id FK, UK
                }
                User }o--|| Team : "team"
                User }o--o| User : "mentor"
                User |o--o| Badge : "badge"

            """.ReplaceLineEndings("\n"),
            ManifestReader.Read(run).Diagram);
    }

    [Fact]
    public void A_column_Mermaid_cannot_read_as_a_name_is_shown_as_one_with_its_real_name_in_the_comment()
    {
        var run = new GeneratorHarness()
            .WithSchema("team.yaml", "name: Team\ntable: \"Our Teams\"\nfields:\n  id: { type: integer, primary: true, column: TeamId }\n  name: { type: string, column: \"it's [the] name\", description: Shown. }\n  rank: { type: integer, column: 1st }\n")
            .Run();

        Assert.Equal(
            """
            erDiagram
                Team {
                    integer TeamId PK
                    string it_s__the__name "it's [the] name: Shown."
                    integer _1st "1st"
                }

            """.ReplaceLineEndings("\n"),
            ManifestReader.Read(run).Diagram);
    }

    [Fact]
    public void A_schema_with_errors_has_no_diagram()
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", "name: Team\nfields:\n  id: { type: nope }\n").Run();

        Assert.Null(ManifestReader.Read(run).Diagram);
    }
}
