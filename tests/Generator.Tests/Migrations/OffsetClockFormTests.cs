using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// A datetimetz the database writes the current time into (<c>default: now</c>, <c>default: current_timestamp</c>,
/// <c>auto_update</c>): from <c>stored_forms: 3</c> SQLite writes it with the offset the libraries write; a file at 2 (or
/// without stored_forms) keeps CURRENT_TIMESTAMP, and the conversion is a pending change. PostgreSQL's timestamptz
/// functions were right before and stay the same.
/// </summary>
public sealed class OffsetClockFormTests
{
    private const string OffsetNow = "(strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))";

    private const string Event = """
        name: Event
        fields:
          id:          { type: integer, primary: true }
          created_at:  { type: datetimetz, required: true, default: now }
          seen_at:     { type: datetimetz, default: current_timestamp }
          changed_at:  { type: datetimetz, auto_update: true }
          planned_at:  { type: datetimetz }
          opened_at:   { type: datetime, default: now }
        """;

    private const string Older = """
        stored_forms: 2
        up:
          - create_table:
              table: events
              primary_key_name: events_pkey
              columns:
                - { name: id, type: integer, primary: true }
                - { name: created_at, type: datetimetz, required: true, default: now }
                - { name: seen_at, type: datetimetz, default: current_timestamp }
                - { name: changed_at, type: datetimetz, auto_update: true }
                - { name: planned_at, type: datetimetz }
                - { name: opened_at, type: datetime, default: now }
        down:
          - drop_table: { table: events }
        """;

    [Fact]
    public void A_new_history_writes_the_offset_on_SQLite_and_PostgreSQL_keeps_its_functions()
    {
        var project = new EvolvingProject().Schema("event.yaml", Event);
        project.Generate("initial");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        var sqlite = MigrationRunner.Script(MigrationRunner.Load(run), "SQLite");
        Assert.Contains($"\"created_at\" TEXT NOT NULL DEFAULT ({OffsetNow})", sqlite, StringComparison.Ordinal);
        Assert.Contains($"\"seen_at\" TEXT DEFAULT ({OffsetNow})", sqlite, StringComparison.Ordinal);
        Assert.Contains($"SET \"changed_at\" = {OffsetNow} WHERE rowid = NEW.rowid", sqlite, StringComparison.Ordinal);
        Assert.Contains("\"opened_at\" TEXT DEFAULT (CURRENT_TIMESTAMP)", sqlite, StringComparison.Ordinal);
        var postgres = MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL");
        Assert.Contains("\"created_at\" timestamptz NOT NULL DEFAULT now()", postgres, StringComparison.Ordinal);
        Assert.Contains("\"seen_at\" timestamptz DEFAULT CURRENT_TIMESTAMP", postgres, StringComparison.Ordinal);
        Assert.Contains("NEW.\"changed_at\" := now();", postgres, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_at_stored_forms_2_keeps_CURRENT_TIMESTAMP_and_the_conversion_appends_the_offset_and_goes_back()
    {
        var project = new EvolvingProject().Schema("event.yaml", Event);
        project.Add("initial", Older);
        var before = project.Run();
        var olderSqlite = MigrationRunner.Script(MigrationRunner.Load(before), "SQLite");
        Assert.DoesNotContain("strftime", olderSqlite, StringComparison.Ordinal);
        Assert.Contains("\"created_at\" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP)", olderSqlite, StringComparison.Ordinal);
        Assert.Contains("SET \"changed_at\" = CURRENT_TIMESTAMP WHERE", olderSqlite, StringComparison.Ordinal);
        Assert.Contains(
            "events.created_at: datetimetz values and the database's current time stored with their offset (+00:00) on SQLite; "
            + "events.seen_at: datetimetz values and the database's current time stored with their offset (+00:00) on SQLite; "
            + "events.changed_at: datetimetz values and the database's current time stored with their offset (+00:00) on SQLite",
            Assert.Single(EvolvingProject.Messages(before, "BIAB200")),
            StringComparison.Ordinal);
        Assert.DoesNotContain("planned_at", Assert.Single(EvolvingProject.Messages(before, "BIAB200")), StringComparison.Ordinal);
        Assert.DoesNotContain("opened_at", Assert.Single(EvolvingProject.Messages(before, "BIAB200")), StringComparison.Ordinal);

        var conversion = project.Generate("store the offset");
        Assert.Contains("  - alter_column: { table: events, column: { name: seen_at, type: datetimetz, default: current_timestamp } }\n", conversion, StringComparison.Ordinal);
        Assert.Contains("  - alter_column: { table: events, column: { name: changed_at, type: datetimetz, stored_form: 1, auto_update: true } }\n", conversion, StringComparison.Ordinal);
        var after = project.Run();
        EvolvingProject.AssertClean(after);

        var sqlite = MigrationRunner.Script(MigrationRunner.Load(after), "SQLite");
        const string Appended = "CASE WHEN \"{0}\" GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN \"{0}\" ELSE \"{0}\" || '+00:00' END";
        Assert.Contains(
            $"SELECT \"id\", {string.Format(System.Globalization.CultureInfo.InvariantCulture, Appended, "created_at")}, {string.Format(System.Globalization.CultureInfo.InvariantCulture, Appended, "seen_at")}, {string.Format(System.Globalization.CultureInfo.InvariantCulture, Appended, "changed_at")}, \"planned_at\", \"opened_at\" FROM \"events\"",
            sqlite,
            StringComparison.Ordinal);
        Assert.Contains($"SET \"changed_at\" = {OffsetNow} WHERE", sqlite, StringComparison.Ordinal);
        Assert.Contains("SELECT \"id\", CAST(\"created_at\" AS TEXT), CAST(\"seen_at\" AS TEXT), CAST(\"changed_at\" AS TEXT), \"planned_at\", \"opened_at\" FROM \"events\"", sqlite, StringComparison.Ordinal);
        var postgres = MigrationRunner.Script(MigrationRunner.Load(after), "PostgreSQL");
        Assert.Equal(MigrationRunner.Script(MigrationRunner.Load(before), "PostgreSQL"), postgres);
    }

    [Fact]
    public void A_file_without_stored_forms_keeps_CURRENT_TIMESTAMP_for_a_datetimetz_now_default()
    {
        var project = new EvolvingProject().Schema("event.yaml", Event);
        project.Add("initial", Older.Replace("stored_forms: 2\n", string.Empty, StringComparison.Ordinal));

        var sqlite = MigrationRunner.Script(MigrationRunner.Load(project.Run()), "SQLite");
        Assert.Contains("\"created_at\" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP)", sqlite, StringComparison.Ordinal);
        Assert.Contains("events.created_at: datetimetz values and the database's current time", Assert.Single(EvolvingProject.Messages(project.Run(), "BIAB200")), StringComparison.Ordinal);
    }
}
