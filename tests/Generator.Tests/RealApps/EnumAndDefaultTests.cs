using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.RealApps;

/// <summary>
/// Enum labels stored as written, defaults in the session's zone, developer SQL defaults and ids the entity generates:
/// the entity, the migration `migrate generate` writes (read back to no pending change) and its SQL on both dialects.
/// </summary>
public sealed class EnumAndDefaultTests
{
    private const string Film = """
        name: Film
        fields:
          id: { type: uuid, primary: true, generate: uuid_v7 }
          rating: { type: enum, values: [G, PG, PG-13, R, NC-17], default: G, required: true }
          state: { type: enum, values: [ACTIVE, in progress, { name: Seventeen, value: "17" }, snake_case] }
          public_id: { type: string, max_length: 26, generate: ulid, required: true }
          token: { type: text, generate: uuid }
          added_at: { type: datetime, required: true, default: current_timestamp }
          seen_at: { type: datetimetz, default: current_timestamp }
          rented_on: { type: date, required: true, default: today }
          total: { type: decimal, precision: 10, scale: 2, default_sql: { postgres: "(1 + 1)", sqlite: "(2)" } }
          note: { type: text, required: true, default_sql: "'it''s */ a note'" }
        """;

    private static EvolvingProject Project()
    {
        var project = new EvolvingProject().Schema("film.yaml", Film);
        project.Generate("initial");
        return project;
    }

    [Fact]
    public void The_generated_migration_reads_back_to_no_pending_change_and_keeps_labels_and_sql_as_written()
    {
        var project = Project();

        EvolvingProject.AssertClean(project.Run());
        var yaml = project.Migrations[0].Text;
        Assert.Contains("values: [G, PG, PG-13, R, NC-17]", yaml, StringComparison.Ordinal);
        Assert.Contains("values: [ACTIVE, \"in progress\", 17, snake_case]", yaml, StringComparison.Ordinal);
        Assert.Contains("default_sql: { postgres: \"(1 + 1)\", sqlite: \"(2)\" }", yaml, StringComparison.Ordinal);
        Assert.Contains("default: current_timestamp", yaml, StringComparison.Ordinal);
        Assert.Contains("default: today", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("public_id, type: string, max_length: 26, required: true, default", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entity_names_members_from_labels_and_fills_generated_ids()
    {
        Snapshot.Verify(Project().Run().SourceNamed("Film.g.cs"), "RealApps.Entity.Film");
    }

    [Fact]
    public void The_converter_stores_each_label_and_the_constructor_generates_ids()
    {
        const string use = """
            namespace TestApp;

            public static class FilmUse
            {
                public static string Check()
                {
                    var a = new Film();
                    var b = new Film();
                    return string.Join("|", FilmRating.Pg13.ToDbValue(), FilmRatingValues.Parse("NC-17"), FilmState.InProgress.ToDbValue(),
                        FilmState.Seventeen.ToDbValue(), FilmState.Active.ToDbValue(), FilmState.SnakeCase.ToDbValue(), a.Rating,
                        a.Id != b.Id && a.Id.Version == 7, a.PublicId.Length, a.PublicId != b.PublicId, a.Token!.Length,
                        a.RentedOn == System.DateOnly.FromDateTime(System.DateTime.Now), a.AddedAt.Kind, a.Note.Length, a.Total is null);
                }
            }
            """;
        var run = new GeneratorHarness().WithSchema("film.yaml", Film).WithCSharp("FilmUse.cs", use).Run();
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));

        var result = run.Load().GetType("TestApp.FilmUse")!.GetMethod("Check")!.Invoke(null, null);

        Assert.Equal("PG-13|Nc17|in progress|17|ACTIVE|snake_case|G|True|26|True|36|True|Local|0|True", result);
    }

    [Fact]
    public void The_migration_as_PostgreSQL_and_SQLite_SQL()
    {
        var project = Project();
        var assembly = MigrationRunner.Load(project.Run());

        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "RealApps.Film.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "RealApps.Film.sqlite", "sql");
    }

    [Fact]
    public void On_SQLite_a_row_gets_each_database_default_and_the_check_keeps_the_labels()
    {
        var assembly = MigrationRunner.Load(Project().Run());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);

        database.Execute("INSERT INTO films (id, public_id, state) VALUES ('f1', '01J', 'in progress')");

        Assert.Equal("G|in progress|1|1|2|it's */ a note", database.Query(
            "SELECT rating || '|' || state || '|' || (added_at = CURRENT_TIMESTAMP OR added_at IS NOT NULL) || '|' || (rented_on = CURRENT_DATE) || '|' || total || '|' || note FROM films"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute("INSERT INTO films (id, public_id, rating) VALUES ('f2', '01K', 'pg_13')"));
    }

    [Fact]
    public void Changing_a_label_set_a_default_kind_or_default_sql_is_a_pending_change_that_reads_back()
    {
        var project = Project();
        project.Schema("film.yaml", Film
            .Replace("NC-17]", "NC-17, X]", StringComparison.Ordinal)
            .Replace("default: today", "default: 2026-01-01", StringComparison.Ordinal)
            .Replace("sqlite: \"(2)\"", "sqlite: \"(3)\"", StringComparison.Ordinal));

        var yaml = project.Generate("change");

        Assert.Contains("values: [G, PG, PG-13, R, NC-17, X]", yaml, StringComparison.Ordinal);
        Assert.Contains("default: 2026-01-01", yaml, StringComparison.Ordinal);
        Assert.Contains("default_sql: { postgres: \"(1 + 1)\", sqlite: \"(3)\" }", yaml, StringComparison.Ordinal);
        Assert.Contains("default: today", yaml[yaml.IndexOf("down:", StringComparison.Ordinal)..], StringComparison.Ordinal);
        EvolvingProject.AssertClean(project.Run());
    }

    [Fact]
    public void Snake_case_labels_of_an_existing_history_keep_their_members_and_stay_in_sync()
    {
        const string schema = "name: Task\nfields:\n  id: { type: uuid, primary: true }\n  status: { type: enum, values: [to_do, in_progress, done_2] }\n";
        var project = new EvolvingProject().Schema("task.yaml", schema);
        project.Add("initial", """
            stored_forms: 2
            up:
              - create_table:
                  table: tasks
                  columns:
                    - { name: id, type: uuid, primary: true }
                    - { name: status, type: enum, values: [to_do, in_progress, done_2] }
            down:
              - drop_table: { table: tasks }
            """);

        var run = project.Run();

        EvolvingProject.AssertClean(run);
        var entity = run.SourceNamed("Task.g.cs");
        Assert.Contains("TaskStatus.InProgress => \"in_progress\"", entity, StringComparison.Ordinal);
        Assert.Contains("TaskStatus.Done2 => \"done_2\"", entity, StringComparison.Ordinal);
    }
}

/// <summary>Labels and default_sql are text the developer writes: every place they reach escapes them, so none becomes code, YAML or a comment's end.</summary>
public sealed class EnumAndDefaultHostileTextTests
{
    private const string Terminators = "\r\n\u0085\u2028\u2029";

    [Fact]
    public void Hostile_labels_and_default_sql_compile_read_back_and_are_stored_as_written()
    {
        var label = "a\u2028public class Evil {} */ \"q\" 'x'\u2029b";
        var sqlText = "'it''s */ \"x\"" + Terminators + "end'";
        var schema = "name: Note\nfields:\n  id: { type: uuid, primary: true }\n"
            + $"  kind: {{ type: enum, values: [plain, {{ name: Odd, value: {Yaml(label)} }}] }}\n"
            + $"  body: {{ type: text, required: true, default_sql: {Yaml(sqlText)} }}\n";
        var project = new EvolvingProject().Schema("note.yaml", schema);
        project.Generate("initial");

        var run = project.Run();

        EvolvingProject.AssertClean(run);
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(), c => c.Identifier.Text == "Evil");
        var assembly = MigrationRunner.Load(run);
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute($"INSERT INTO notes (id, kind) VALUES ('n1', '{label.Replace("'", "''", StringComparison.Ordinal)}')");
        Assert.Equal("it's */ \"x\"" + Terminators + "end", database.Query("SELECT body FROM notes"));
        Assert.Equal(label, database.Query("SELECT kind FROM notes"));
    }

    /// <summary>A double-quoted YAML scalar with every character escaped that YAML would otherwise read as a break.</summary>
    private static string Yaml(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\r' => "\\r",
                '\n' => "\\n",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
