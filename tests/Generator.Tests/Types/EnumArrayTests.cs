using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Types;

/// <summary>Enum arrays (<c>array: true</c> on an enum field): the entity's list, both dialects' SQL, and their changes up and down.</summary>
public sealed class EnumArrayTests
{
    public const string Before = """
        name: Member
        table: members
        fields:
          id:     { type: integer, primary: true }
          roles:  { type: enum, values: [admin, user], array: true, required: true, default: [user] }
          badges: { type: enum, values: [GOLD, SILVER], native: Badge, array: true, default: [GOLD, SILVER] }
          tags:   { type: enum, values: [red, "in progress"], array: true, default: [] }
          level:  { type: enum, values: [low, high] }
          kinds:  { type: enum, values: [A, B], native: member_kind, array: true }
        """;

    private const string After = """
        name: Member
        table: members
        fields:
          id:     { type: integer, primary: true }
          roles:  { type: enum, values: [admin, user, guest], array: true, required: true, default: [user] }
          badges: { type: enum, values: [GOLD, SILVER, BRONZE], native: Badge, array: true, default: [GOLD, SILVER] }
          tags:   { type: enum, values: [red], array: true, default: [] }
          level:  { type: enum, values: [low, high], array: true }
          kinds:  { type: enum, values: [A, B], native: member_kind }
        """;

    private static EvolvingProject Evolved()
    {
        var project = new EvolvingProject().Schema("member.yaml", Before);
        project.Generate("initial");
        EvolvingProject.AssertClean(project.Run());
        project.Schema("member.yaml", After);
        return project;
    }

    private static GeneratorRun Generated()
    {
        var project = Evolved();
        project.Generate("change enum arrays");
        var run = project.Run();
        EvolvingProject.AssertClean(run);
        return run;
    }

    [Fact]
    public void An_enum_array_is_a_list_of_the_enum_started_with_its_default_labels()
    {
        var run = new GeneratorHarness().WithSchema("member.yaml", Before).Run();

        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Snapshot.Verify(run.SourceNamed("Member.g.cs"), "Entity.Member");
    }

    [Fact]
    public void The_entity_compiles_warning_free_with_lists_of_the_enums()
    {
        const string use = """
            namespace TestApp;

            public static class MemberUse
            {
                public static string Describe()
                {
                    var member = new Member();
                    System.Collections.Generic.List<MemberRoles> roles = member.Roles;
                    System.Collections.Generic.List<MemberBadges>? badges = member.Badges;
                    System.Collections.Generic.List<MemberTags>? tags = member.Tags;
                    System.Collections.Generic.List<MemberKinds>? kinds = member.Kinds;
                    return string.Join(",", roles) + "|" + string.Join(",", badges!) + "|" + tags!.Count + "|" + (kinds is null);
                }
            }
            """;
        var run = new GeneratorHarness().WithSchema("member.yaml", Before).WithCSharp("MemberUse.cs", use).Run();

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Equal("User|Gold,Silver|0|True", run.Load().GetType("TestApp.MemberUse")!.GetMethod("Describe")!.Invoke(null, null));
    }

    [Fact]
    public void Enum_arrays_and_their_changes_as_PostgreSQL_and_SQLite_SQL()
    {
        var project = new EvolvingProject().Schema("member.yaml", Before);
        project.Generate("initial");
        var created = project.Run();
        EvolvingProject.AssertClean(created);

        Snapshot.Verify(MigrationRunner.Script(MigrationRunner.Load(created), "PostgreSQL"), "EnumArrays.create.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(MigrationRunner.Load(created), "SQLite"), "EnumArrays.create.sqlite", "sql");
        var changed = MigrationRunner.Load(Generated());
        Snapshot.Verify(MigrationRunner.Script(changed, "PostgreSQL"), "EnumArrays.change.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(changed, "SQLite"), "EnumArrays.change.sqlite", "sql");
    }

    [Fact]
    public void Each_change_is_a_pending_alter_column_and_the_narrowing_ones_warn()
    {
        var run = Evolved().Run();
        var pending = ManifestReader.PendingYaml(run)!;

        Assert.Contains("- alter_column: { table: members, column: { name: level, type: enum, array: true, values: [low, high] }, using: \"CASE WHEN level IS NULL THEN NULL ELSE ARRAY[level::varchar] END\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: members, column: { name: kinds, type: enum, values: [A, B], native: member_kind }, using: \"kinds[1]::text::\\\"member_kind\\\"\" }", pending, StringComparison.Ordinal);
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("members.kinds", StringComparison.Ordinal));
        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("members.tags", StringComparison.Ordinal) && m.Contains("in progress", StringComparison.Ordinal));
        Assert.DoesNotContain(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains("members.level", StringComparison.Ordinal));
    }

    [Fact]
    public void On_SQLite_the_changes_carry_every_row_up_and_back_down()
    {
        var assembly = MigrationRunner.Load(Generated());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("""
            INSERT INTO members (id, roles, badges, tags, level, kinds) VALUES (1, '["admin","user"]', '["SILVER"]', '["red"]', 'high', '["B","A"]');
            INSERT INTO members (id) VALUES (2);
            """);
        Assert.Equal("[\"user\"]|[\"GOLD\",\"SILVER\"]|[]", database.Query("SELECT roles || '|' || badges || '|' || tags FROM members WHERE id = 2"));

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("[\"admin\",\"user\"]|[\"SILVER\"]|[\"red\"]|[\"high\"]|B", database.Query("SELECT roles || '|' || badges || '|' || tags || '|' || level || '|' || kinds FROM members WHERE id = 1"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("[\"admin\",\"user\"]|[\"SILVER\"]|[\"red\"]|high|[\"B\"]", database.Query("SELECT roles || '|' || badges || '|' || tags || '|' || level || '|' || kinds FROM members WHERE id = 1"));
        Assert.Equal("2", database.Query("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public void On_SQLite_a_row_holding_a_removed_label_fails_the_change_instead_of_keeping_it()
    {
        var assembly = MigrationRunner.Load(Generated());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO members (id, tags) VALUES (1, '[\"red\",\"in progress\"]')");

        var failure = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Contains("members.tags: a value does not convert to enum[]", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal("[\"red\",\"in progress\"]", database.Query("SELECT tags FROM members"));
    }
}
