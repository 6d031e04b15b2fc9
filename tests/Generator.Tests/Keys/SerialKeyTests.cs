using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using BackendInABox.Tests.Shared;
using Xunit;

namespace BackendInABox.Generator.Tests.Keys;

/// <summary>
/// <c>identity: serial</c>: a key numbered by a sequence the column owns (PostgreSQL serial), as schemas made before
/// identity columns have it; misuse is reported at its line, and each change between identity, serial and neither is a
/// pending change that round-trips, reviewed as SQL on both dialects.
/// </summary>
public sealed class SerialKeyTests
{
    private static string Country(string identity) => KeySchemas.NumberedCountry(identity);

    private static readonly string City = KeySchemas.SerialCity();

    [Fact]
    public void Every_misuse_of_serial_is_reported_at_its_line()
    {
        const string yaml = """
            name: Bad
            primary_key: [a, b]
            fields:
              a:     { type: integer, identity: serial }
              b:     { type: integer }
              other: { type: integer, identity: serial }
              label: { type: text, identity: serial }
              count: { type: bigint, identity: sequence }
            """;
        var run = new GeneratorHarness().WithSchema("bad.yaml", yaml).Run();

        Assert.Null(run.Exception);
        Assert.Equal(
            [
                "BIAB051 4:37 Field Bad.a sets 'identity: serial', which applies only to the single integer or bigint key of model Bad; it is a member of the composite key.",
                "BIAB051 6:37 Field Bad.other sets 'identity: serial', which applies only to the single integer or bigint key of model Bad; it is not the primary key.",
                "BIAB051 7:24 'identity' applies only to an integer or bigint primary key; field Bad.label is text.",
                "BIAB010 8:36 'identity' of field Bad.count must be true, false or serial, not 'sequence'.",
            ],
            Reported(run));
    }

    [Fact]
    public void A_migration_file_s_serial_on_a_text_column_is_reported_at_its_line()
    {
        const string migration = """
            id: 20260101000000
            description: initial
            up:
              - create_table:
                  table: pairs
                  columns:
                    - { name: a, type: text, primary: true, identity: serial }
            down:
              - drop_table: { table: pairs }
            """;
        var run = new GeneratorHarness().WithMigration("20260101000000_initial.yaml", migration).Run();

        Assert.Contains(Reported(run), r => r.StartsWith("BIAB105 7:", StringComparison.Ordinal) && r.Contains("only an integer or bigint column can be an identity or serial", StringComparison.Ordinal));
    }

    [Fact]
    public void Identity_serial_and_neither_change_into_each_other_as_alter_columns_that_round_trip()
    {
        var history = new EvolvingProject().Schema("country.yaml", Country("serial")).Schema("city.yaml", City);
        var initial = history.Generate("initial");
        EvolvingProject.AssertClean(history.Run());
        Assert.Contains("{ name: id, type: bigint, primary: true, identity: serial }", initial, StringComparison.Ordinal);

        foreach (var (identity, change, step) in new[] { (string.Empty, "now identity", "identity"), ("false", "identity: false", "by hand"), ("serial", "now serial", "serial again"), ("false", "identity: false", "by hand again"), (string.Empty, "now identity", "identity again"), ("serial", "now serial", "serial at last") })
        {
            history.Schema("country.yaml", Country(identity));
            Assert.Contains($"countries.id: {change}", Assert.Single(EvolvingProject.Messages(history.Run(), "BIAB200")), StringComparison.Ordinal);
            history.Generate(step);
            EvolvingProject.AssertClean(history.Run());
        }

        var assembly = MigrationRunner.Load(history.Run());
        Snapshot.Verify(MigrationRunner.Script(assembly, "PostgreSQL"), "Serial.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(assembly, "SQLite"), "Serial.sqlite", "sql");
    }

    [Fact]
    public void Serial_keys_keep_numbering_rows_on_SQLite_through_every_change_up_and_down()
    {
        var history = new EvolvingProject().Schema("country.yaml", Country("serial")).Schema("city.yaml", City);
        history.Generate("initial");
        history.Schema("country.yaml", Country("false"));
        history.Generate("by hand");
        history.Schema("country.yaml", Country(string.Empty));
        history.Generate("identity");
        var assembly = MigrationRunner.Load(history.Run());
        using var database = new SqliteFile();

        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO countries (name) VALUES ('One'), ('Two'); INSERT INTO cities (name) VALUES ('a'), ('b')");
        Assert.Equal("1:One 2:Two", database.Query("SELECT group_concat(id || ':' || name, ' ') FROM countries"));
        Assert.Equal("1:a 2:b", database.Query("SELECT group_concat(id || ':' || name, ' ') FROM cities"));
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000100);
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute("INSERT INTO countries (name) VALUES ('No id')"));
        database.Execute("INSERT INTO countries (id, name) VALUES (7, 'Seven')");
        MigrationRunner.UpSqlite(assembly, database.Path);
        database.Execute("INSERT INTO countries (name) VALUES ('Eight')");
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO countries (name) VALUES ('Nine'); INSERT INTO cities (name) VALUES ('c')");

        Assert.Equal("1:One 2:Two 7:Seven 8:Eight 9:Nine", database.Query("SELECT group_concat(id || ':' || name, ' ') FROM (SELECT * FROM countries ORDER BY id)"));
        Assert.Equal("1:a 2:b 3:c", database.Query("SELECT group_concat(id || ':' || name, ' ') FROM cities"));
    }

    [Fact]
    public void Identity_and_serial_change_into_each_other_on_SQLite_without_a_rebuild_keeping_rows()
    {
        var history = new EvolvingProject().Schema("country.yaml", Country(string.Empty)).Schema("city.yaml", City);
        history.Generate("initial");
        history.Schema("country.yaml", Country("serial"));
        var serial = history.Generate("serial");
        history.Schema("country.yaml", Country(string.Empty));
        history.Generate("identity");
        var run = history.Run();
        EvolvingProject.AssertClean(run);
        Assert.Contains("alter_column", serial, StringComparison.Ordinal);

        var assembly = MigrationRunner.Load(run);
        var script = MigrationRunner.Script(assembly, "SQLite");
        Assert.Equal(1, script.Split("CREATE TABLE \"countries\"").Length - 1);
        Assert.DoesNotContain("__biab_new", script, StringComparison.Ordinal);
        Assert.DoesNotContain(ManifestReader.Read(run).Migrations, m => m.SqliteRebuilds);

        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO countries (name) VALUES ('One'), ('Two')");
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000100);
        database.Execute("INSERT INTO countries (name) VALUES ('Three')");
        MigrationRunner.UpSqlite(assembly, database.Path);
        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO countries (name) VALUES ('Four')");
        Assert.Equal("1:One 2:Two 3:Three 4:Four", database.Query("SELECT group_concat(id || ':' || name, ' ') FROM (SELECT * FROM countries ORDER BY id)"));
    }

    private static List<string> Reported(GeneratorRun run) => [.. run.BiabDiagnostics.Where(d => d.Id is not ("BIAB200" or "BIAB111")).Select(d =>
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
    })];
}
