using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Types;

/// <summary>
/// The new types through the diff: created, changed into each other and back, each change a pending change whose
/// migration file round-trips, with the data-loss warnings of a narrowing, on both dialects' SQL (snapshots) and on a real SQLite with rows.
/// </summary>
public sealed class TypeMigrationTests
{
    private const string Before = """
        name: Reading
        table: readings
        fields:
          id:         { type: integer, primary: true }
          amount:     { type: real }
          count:      { type: integer }
          level:      { type: smallint, default: 3 }
          label:      { type: string, max_length: 10 }
          code:       { type: char, max_length: 3 }
          taken_at:   { type: timestamp }
          logged_at:  { type: datetime, precision: 6 }
          at:         { type: time }
          tag:        { type: text }
          marks:      { type: integer, array: true, default: [] }
          extra:      { type: text }
        """;

    private const string After = """
        name: Reading
        table: readings
        fields:
          id:         { type: integer, primary: true }
          amount:     { type: smallint }
          count:      { type: smallint }
          level:      { type: integer, default: 3 }
          label:      { type: char, max_length: 10 }
          code:       { type: string, max_length: 3 }
          taken_at:   { type: timestamp, precision: 3 }
          logged_at:  { type: timestamp, precision: 6 }
          at:         { type: time, precision: 0 }
          tag:        { type: text, array: true }
          marks:      { type: integer }
          extra:      { type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }
        """;

    private static EvolvingProject Evolved()
    {
        var project = new EvolvingProject().Schema("reading.yaml", Before);
        project.Generate("initial");
        EvolvingProject.AssertClean(project.Run());
        project.Schema("reading.yaml", After);
        return project;
    }

    [Fact]
    public void Each_type_change_is_an_alter_column_with_a_proposed_conversion_and_round_trips()
    {
        var project = Evolved();
        var run = project.Run();
        var summary = string.Join("\n", EvolvingProject.Messages(run, "BIAB200"));
        Assert.Contains("readings.amount: real → smallint", summary, StringComparison.Ordinal);
        Assert.Contains("readings.taken_at: timestamp → timestamp(3)", summary, StringComparison.Ordinal);
        Assert.Contains("readings.tag: text → text[]", summary, StringComparison.Ordinal);

        var pending = ManifestReader.PendingYaml(run)!;
        Assert.Contains("- alter_column: { table: readings, column: { name: amount, type: smallint }, using: \"amount::smallint\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: label, type: char, max_length: 10 }, using: \"label::text\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: taken_at, type: timestamp, precision: 3 } }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: tag, type: text, array: true }, using: \"CASE WHEN tag IS NULL THEN NULL ELSE ARRAY[tag::text] END\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: marks, type: integer }, using: \"marks[1]::integer\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: marks, type: integer, array: true, default: [] }, using: \"CASE WHEN marks IS NULL THEN NULL ELSE ARRAY[marks::integer] END\" }", pending, StringComparison.Ordinal);
        Assert.Contains("- alter_column: { table: readings, column: { name: extra, type: custom, sql_type: { postgres: tsvector, sqlite: TEXT } }, using: \"extra::tsvector\" }", pending, StringComparison.Ordinal);

        project.Generate("change types");
        EvolvingProject.AssertClean(project.Run());
    }

    [Theory]
    [InlineData("amount", "real to smallint")]
    [InlineData("count", "integer to smallint")]
    [InlineData("taken_at", "timestamp to timestamp(3)")]
    [InlineData("at", "time to time(0)")]
    [InlineData("marks", "integer[] to integer")]
    [InlineData("extra", "text to custom(tsvector/TEXT)")]
    public void A_change_that_can_lose_data_warns(string column, string change)
    {
        var run = Evolved().Run();

        Assert.Contains(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains($"changing readings.{column} from {change} narrows it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("level")]
    [InlineData("code")]
    [InlineData("label")]
    [InlineData("logged_at")]
    [InlineData("tag")]
    public void A_widening_change_does_not_warn_of_data_loss(string column)
    {
        var run = Evolved().Run();

        Assert.DoesNotContain(EvolvingProject.Messages(run, "BIAB201"), m => m.Contains($"changing readings.{column} ", StringComparison.Ordinal));
    }

    private static GeneratorRun Generated()
    {
        var project = Evolved();
        project.Generate("change types");
        var run = project.Run();
        EvolvingProject.AssertClean(run);
        return run;
    }

    [Fact]
    public void The_new_types_and_their_changes_as_PostgreSQL_and_SQLite_SQL()
    {
        var project = new EvolvingProject().Schema("showing.yaml", TypeEntityTests.Showing);
        project.Generate("initial");
        var created = project.Run();
        EvolvingProject.AssertClean(created);

        Snapshot.Verify(MigrationRunner.Script(MigrationRunner.Load(created), "PostgreSQL"), "Types.create.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(MigrationRunner.Load(created), "SQLite"), "Types.create.sqlite", "sql");
        var changed = MigrationRunner.Load(Generated());
        Snapshot.Verify(MigrationRunner.Script(changed, "PostgreSQL"), "Types.change.postgres", "sql");
        Snapshot.Verify(MigrationRunner.Script(changed, "SQLite"), "Types.change.sqlite", "sql");
    }

    [Fact]
    public void On_SQLite_the_changes_convert_every_row_up_and_back_down()
    {
        var assembly = MigrationRunner.Load(Generated());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("""
            INSERT INTO readings (id, amount, count, level, label, code, taken_at, logged_at, at, tag, marks, extra)
            VALUES (1, 12.0, 7, 2, 'abc', 'xy', '2026-01-31 12:00:00.123', '2026-01-31 12:00:00', '09:30:00', 'red', '[4, 5]', 'words');
            INSERT INTO readings (id) VALUES (2);
            """);

        MigrationRunner.UpSqlite(assembly, database.Path);
        Assert.Equal("12|integer|7|2|abc|xy|[\"red\"]|4|integer|words", database.Query("SELECT amount || '|' || typeof(amount) || '|' || count || '|' || level || '|' || label || '|' || code || '|' || tag || '|' || marks || '|' || typeof(marks) || '|' || extra FROM readings WHERE id = 1"));
        Assert.Equal("3|||", database.Query("SELECT level || '|' || coalesce(tag, '') || '|' || coalesce(marks, '') || '|' || coalesce(amount, '') FROM readings WHERE id = 2"));

        MigrationRunner.DownSqlite(assembly, database.Path, 20260101000000);
        Assert.Equal("12.0|real|red|[4]|text", database.Query("SELECT amount || '|' || typeof(amount) || '|' || tag || '|' || marks || '|' || typeof(marks) FROM readings WHERE id = 1"));
        Assert.Equal("2", database.Query("SELECT COUNT(*) FROM readings"));
    }

    [Fact]
    public void On_SQLite_a_value_out_of_smallint_range_fails_the_change_instead_of_changing()
    {
        var assembly = MigrationRunner.Load(Generated());
        using var database = new SqliteFile();
        MigrationRunner.UpSqlite(assembly, database.Path, 20260101000000);
        database.Execute("INSERT INTO readings (id, count) VALUES (1, 40000)");

        var failure = Assert.ThrowsAny<Exception>(() => MigrationRunner.UpSqlite(assembly, database.Path));
        Assert.Contains("readings.count: a value does not convert to smallint", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal("40000", database.Query("SELECT count FROM readings"));
    }
}
