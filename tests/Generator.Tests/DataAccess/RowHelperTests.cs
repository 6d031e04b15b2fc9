using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.DataAccess;

/// <summary>The ADO.NET row helpers and the Dapper registration: emitted for the libraries the app references, and compiling warning-free over every type.</summary>
public sealed class RowHelperTests
{
    private const string Team = """
        name: Team
        fields:
          id:   { type: uuid, primary: true, default: new }
          name: { type: string, max_length: 80, required: true }
        """;

    private const string Member = """
        name: Member
        fields:
          id:         { type: bigint, primary: true }
          team:       { type: ref, target: Team, required: true }
          nick:       { type: char, max_length: 4 }
          bio:        { type: text }
          rank:       { type: smallint, required: true, default: 1 }
          score:      { type: integer }
          ratio:      { type: real }
          weight:     { type: float, required: true, default: 0 }
          balance:    { type: decimal, precision: 19, scale: 4, required: true, default: 0 }
          is_active:  { type: boolean, required: true, default: true }
          born_on:    { type: date }
          joined_at:  { type: datetime, required: true, default: now }
          seen_at:    { type: datetimetz }
          local_at:   { type: timestamp }
          starts_at:  { type: time }
          tier:       { type: enum, values: [free, pro_plus], required: true, default: free }
          mood:       { type: enum, values: [calm, busy], native: member_mood }
          settings:   { type: json }
          avatar:     { type: binary }
          tags:       { type: text, array: true, required: true, default: [] }
          marks:      { type: decimal, array: true }
          days:       { type: date, array: true }
          visits:     { type: datetime, array: true }
          search:     { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }
          roles:      { type: enum, values: [reader, Editor In Chief], array: true, required: true, default: [reader] }
          badges:     { type: enum, values: [gold, silver], native: member_badge, array: true }
        """;

    private static GeneratorHarness App() => new GeneratorHarness().WithSchema("team.yaml", Team).WithSchema("member.yaml", Member);

    [Fact]
    public void With_Npgsql_Sqlite_and_Dapper_referenced_the_helpers_and_the_registration_compile_warning_free()
    {
        var run = App()
            .WithReferencesOf(typeof(Npgsql.NpgsqlCommand), typeof(Microsoft.Data.Sqlite.SqliteCommand), typeof(Dapper.SqlMapper))
            .WithCSharp("Use.cs", """
                namespace TestApp;

                public static class Use
                {
                    public static void Start() => BackendInABoxDapper.Register();

                    public static string Select => $"SELECT {Member.Columns.All} FROM {Member.TableName}";

                    public static System.Collections.Generic.List<Member> All(System.Data.Common.DbDataReader reader) => Member.ReadAll(reader);

                    public static void Add(System.Data.Common.DbCommand command, Member member) => member.AddParameters(command);

                    public static Dapper.SqlMapper.IDynamicParameters AsParameters(Member member) => member;
                }
                """)
            .WithDocumentationDiagnostics()
            .Run();

        Assert.Empty(run.BiabDiagnostics.Where(d => d.Id != "BIAB200").Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Where(d => !IsTestCode(d)).Select(d => d.ToString()));
        Assert.Contains("Member.Rows.g.cs", run.HintNames);
        Assert.Contains("BackendInABoxRows.g.cs", run.HintNames);
        Assert.Contains("BackendInABoxDapper.g.cs", run.HintNames);
    }

    /// <summary>The test's own classes carry no XML docs; the generated files must.</summary>
    private static bool IsTestCode(Microsoft.CodeAnalysis.Diagnostic d) => d.Id == "CS1591" && d.Location.SourceTree?.FilePath is "Program.cs" or "Use.cs";

    [Fact]
    public void A_project_pinned_to_CSharp_10_compiles_the_helpers_the_Dapper_registration_the_EF_Core_model_and_the_Npgsql_enum_mapping()
    {
        var run = App()
            .WithEntityFrameworkCore()
            .WithReferencesOf(typeof(Npgsql.NpgsqlCommand), typeof(Microsoft.Data.Sqlite.SqliteCommand), typeof(Dapper.SqlMapper))
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10)
            .WithCSharp("Use.cs", """
                namespace TestApp;

                public static class Use
                {
                    public static void Start() => BackendInABoxDapper.Register();
                }
                """)
            .Run();

        Assert.True(!run.CompilationProblems.Any(), string.Join("\n", run.CompilationProblems.Select(d => d.ToString())));
        Assert.Contains("BackendInABoxDapper.g.cs", run.HintNames);
        Assert.Contains("BackendInABoxModel.g.cs", run.HintNames);
    }

    [Fact]
    public void MapBackendInABoxEnums_maps_a_native_enum_used_only_as_an_array_as_it_maps_one_of_a_column()
    {
        var run = App().WithReferencesOf(typeof(Npgsql.NpgsqlCommand)).Run();

        var mapping = run.SourceNamed("BackendInABoxNpgsql.g.cs");
        Assert.Contains("builder.MapEnum<global::TestApp.MemberMood>(\"member_mood\", ", mapping, StringComparison.Ordinal);
        Assert.Contains("builder.MapEnum<global::TestApp.MemberBadges>(\"member_badge\", ", mapping, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_libraries_nothing_of_them_is_emitted()
    {
        var run = App().Run();

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.DoesNotContain(run.HintNames, h => h.EndsWith(".Rows.g.cs", StringComparison.Ordinal) || h is "BackendInABoxRows.g.cs" or "BackendInABoxDapper.g.cs");
    }

    [Fact]
    public void With_Sqlite_alone_the_helpers_need_nothing_of_Npgsql_and_no_Dapper_registration_is_emitted()
    {
        var run = App().WithReferencesOf(typeof(Microsoft.Data.Sqlite.SqliteCommand)).Run();

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Contains("Member.Rows.g.cs", run.HintNames);
        Assert.DoesNotContain("BackendInABoxDapper.g.cs", run.HintNames);
        Assert.DoesNotContain("global::Npgsql", run.SourceNamed("BackendInABoxRows.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_lists_name_every_column_quoted_and_its_parameter_in_the_same_order()
    {
        var source = App().Run().SourceNamed("Team.g.cs");

        Assert.Contains("public const string All = \"\\\"id\\\", \\\"name\\\"\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string AllParameters = \"@Id, @Name\";", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read")]
    [InlineData("AddParameters")]
    [InlineData("All")]
    public void A_property_named_like_a_generated_member_is_BIAB007(string property)
    {
        var run = new GeneratorHarness().WithSchema("team.yaml", Team + $"\n  other: {{ type: string, property: {property} }}\n").Run();

        var diagnostic = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB007");
        Assert.Contains("already uses", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
