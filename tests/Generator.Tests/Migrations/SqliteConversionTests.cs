using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// SQLite's CAST never fails ('abc' becomes 0); the table rebuild checks every row first, so a type change fails
/// on SQLite where PostgreSQL would, instead of quietly losing data.
/// </summary>
public sealed class SqliteConversionTests
{
    private static System.Reflection.Assembly Build(string fromColumn, string toColumn)
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", $"id: 20260101000000\ndescription: initial\nup:\n  - create_table: {{ table: things, columns: [ {{ name: id, type: integer, primary: true }}, {fromColumn} ] }}\ndown:\n  - drop_table: {{ table: things }}\n")
            .WithMigration("20260102000000_convert.yaml", $"id: 20260102000000\ndescription: convert\nparent: 20260101000000\nup:\n  - alter_column: {{ table: things, column: {toColumn} }}\ndown:\n  - alter_column: {{ table: things, column: {fromColumn} }}\n")
            .Run();
        Assert.DoesNotContain(run.BiabDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return MigrationRunner.Load(run);
    }

    [Fact]
    public void Text_that_is_not_a_whole_number_fails_the_change_to_integer_and_leaves_the_table_as_it_was()
    {
        var assembly = Build("{ name: code, type: string, max_length: 20 }", "{ name: code, type: integer }");
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO things (id, code) VALUES (1, '42'), (2, 'abc'), (3, NULL)");

        var error = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Contains("things.code: a value does not convert to integer", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("42|abc|text", database.Query("SELECT group_concat(code, '|') || '|' || (SELECT typeof(code) FROM things WHERE id = 1) FROM things"));
        Assert.Equal("0", database.Query("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%biab%'"));

        database.Execute("UPDATE things SET code = ' 7 ' WHERE id = 2");
        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("42|7|integer", database.Query("SELECT group_concat(code, '|') || '|' || (SELECT typeof(code) FROM things WHERE id = 2) FROM things"));
    }

    [Fact]
    public void Words_become_booleans_as_in_PostgreSQL_and_anything_else_fails()
    {
        var assembly = Build("{ name: flag, type: string }", "{ name: flag, type: boolean }");
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO things (id, flag) VALUES (1, 'yes'), (2, 'FALSE'), (3, 't'), (4, NULL)");

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("1,0,1", database.Query("SELECT group_concat(flag, ',') FROM (SELECT flag FROM things ORDER BY id)"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        database.Execute("UPDATE things SET flag = 'maybe' WHERE id = 1");
        var error = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Contains("things.flag: a value does not convert to boolean", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_fails_the_change_to_json()
    {
        var assembly = Build("{ name: data, type: text }", "{ name: data, type: json }");
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO things (id, data) VALUES (1, '{\"a\": 1}'), (2, 'not json')");

        var error = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Contains("things.data: a value does not convert to json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_changes_to_one_table_in_a_migration_rebuild_it_once()
    {
        var run = new GeneratorHarness()
            .WithMigration("20260101000000_initial.yaml", "id: 20260101000000\ndescription: initial\nup:\n  - create_table: { table: things, columns: [ { name: id, type: integer, primary: true }, { name: a, type: string }, { name: b, type: string }, { name: c, type: string } ] }\ndown:\n  - drop_table: { table: things }\n")
            .WithMigration("20260102000000_three.yaml", "id: 20260102000000\ndescription: three changes\nparent: 20260101000000\nup:\n  - alter_column: { table: things, column: { name: a, type: integer } }\n  - alter_column: { table: things, column: { name: b, type: boolean } }\n  - drop_column: { table: things, column: c }\ndown:\n  - add_column: { table: things, column: { name: c, type: string } }\n  - alter_column: { table: things, column: { name: b, type: string } }\n  - alter_column: { table: things, column: { name: a, type: string } }\n")
            .Run();

        var up = run.Source("M20260102000000_ThreeChanges.g.cs");
        up = up[..up.IndexOf("public override void Down()", StringComparison.Ordinal)];
        Assert.Equal(1, up.Split("RENAME TO", StringSplitOptions.None).Length - 1);
        Assert.Contains("CAST(trim(\\\"a\\\") AS INTEGER)", up, StringComparison.Ordinal);
    }
}
