using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// An alter_column whose SQLite table stays the same (SQLite's DDL names no lengths, precisions or scales) is an ALTER
/// on PostgreSQL and no rebuild on SQLite, and such a change beside a real rebuild of its table goes into that rebuild.
/// </summary>
public sealed class SqliteUnseenChangeTests
{
    /// <summary>An account with a name <paramref name="length"/> long, a code a tenth of that, a balance of <paramref name="digits"/> digits and, unless null, a seen_at of <paramref name="precision"/>.</summary>
    private static string Account(int length, int digits, int? precision) => $$"""
        name: Account
        table: accounts
        fields:
          id:      { type: integer, primary: true }
          name:    { type: string, max_length: {{length}} }
          code:    { type: char, max_length: {{length / 10}} }
          balance: { type: decimal, precision: {{digits}}, scale: 2 }
        {{(precision is null ? string.Empty : $"  seen_at: {{ type: datetime, precision: {precision} }}")}}
        """;

    private const string Entry = """
        name: Entry
        table: entries
        fields:
          id:      { type: integer, primary: true }
          account: { type: ref, target: Account, required: true, on_delete: cascade }
        """;

    [Fact]
    public void Longer_strings_and_chars_and_other_digits_alter_PostgreSQL_and_leave_the_SQLite_table_and_its_rows_as_they_are()
    {
        var history = new EvolvingProject().Schema("account.yaml", Account(40, 10, precision: 3)).Schema("entry.yaml", Entry);
        history.Generate("initial");
        history.Schema("account.yaml", Account(80, 12, precision: 6));
        var wider = history.Generate("wider");
        var run = history.Run();
        EvolvingProject.AssertClean(run);
        Assert.Equal(8, wider.Split("alter_column").Length - 1);

        var migration = run.SourceNamed(run.HintNames.Single(h => h.Contains("20260101000100", StringComparison.Ordinal)));
        Assert.DoesNotContain("IfDatabase(\"SQLite\")", migration, StringComparison.Ordinal);
        Assert.False(ManifestReader.Read(run).Find(20260101000100)!.SqliteRebuilds);
        var assembly = MigrationRunner.Load(run);
        var postgres = MigrationRunner.Script(assembly, "PostgreSQL");
        Assert.Contains("ALTER TABLE \"accounts\" ALTER COLUMN \"name\" TYPE varchar(80)", postgres, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"accounts\" ALTER COLUMN \"name\" TYPE varchar(40)", postgres, StringComparison.Ordinal);

        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO accounts (id, name, code, balance, seen_at) VALUES (1, 'Ada', 'AB12', '10.50', '2026-01-01 10:00:00.123'), (2, 'Alan', NULL, NULL, NULL)");
        database.Execute("INSERT INTO entries (id, account_id) VALUES (10, 1), (11, 1), (12, 2)");
        var tables = database.Query("SELECT group_concat(sql, ';') FROM sqlite_master");
        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal(tables, database.Query("SELECT group_concat(sql, ';') FROM sqlite_master"));
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal(tables, database.Query("SELECT group_concat(sql, ';') FROM sqlite_master"));
        Assert.Equal("1:Ada:AB12:10.50:2026-01-01 10:00:00.123 2:Alan:::", database.Query(
            "SELECT group_concat(id || ':' || name || ':' || COALESCE(code, '') || ':' || COALESCE(balance, '') || ':' || COALESCE(seen_at, ''), ' ') FROM (SELECT * FROM accounts ORDER BY id)"));
        Assert.Equal("10:1 11:1 12:2", database.Query("SELECT group_concat(id || ':' || account_id, ' ') FROM (SELECT * FROM entries ORDER BY id)"));
    }

    [Fact]
    public void A_longer_char_between_two_changes_SQLite_rebuilds_for_does_not_split_their_one_rebuild()
    {
        var before = Account(40, 10, precision: null);
        var history = new EvolvingProject().Schema("account.yaml", before).Schema("entry.yaml", Entry);
        history.Generate("initial");
        history.Schema("account.yaml", before
            .Replace("max_length: 40 }", "max_length: 40, required: true, default: none }", StringComparison.Ordinal)
            .Replace("max_length: 4 }", "max_length: 8 }", StringComparison.Ordinal)
            .Replace("scale: 2 }", "scale: 2, required: true, default: 0 }", StringComparison.Ordinal));
        var change = history.Generate("required name and balance, longer code");
        var run = history.Run();
        EvolvingProject.AssertClean(run);
        Assert.Equal(6, change.Split("alter_column").Length - 1);

        var assembly = MigrationRunner.Load(run);
        var sqlite = MigrationRunner.Script(assembly, "SQLite");
        Assert.Equal(2, sqlite.Split("CREATE TABLE \"accounts__biab_new\"").Length - 1);
        Assert.Contains("ALTER TABLE \"accounts\" ALTER COLUMN \"code\" TYPE character(8)", MigrationRunner.Script(assembly, "PostgreSQL"), StringComparison.Ordinal);

        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO accounts (id, name, code, balance) VALUES (1, 'Ada', 'AB12', '10.50'), (2, NULL, NULL, NULL)");
        database.Execute("INSERT INTO entries (id, account_id) VALUES (10, 1), (11, 2)");
        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("1:Ada:AB12:10.50 2:none::0", database.Query(
            "SELECT group_concat(id || ':' || name || ':' || COALESCE(code, '') || ':' || balance, ' ') FROM (SELECT * FROM accounts ORDER BY id)"));
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("10:1 11:2", database.Query("SELECT group_concat(id || ':' || account_id, ' ') FROM (SELECT * FROM entries ORDER BY id)"));
    }
}
