using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.StoredForms;

/// <summary>
/// A <c>datetimetz</c> the database writes the current time into (<c>default: now</c>, <c>default: current_timestamp</c>,
/// <c>auto_update</c>) on SQLite: migration files before <c>stored_forms: 3</c> made it CURRENT_TIMESTAMP, text without
/// the offset the libraries write. Such a history stays valid and builds the same database; the build reports only
/// those columns as a pending change, whose migration gives them the default (and trigger) that writes the offset and
/// appends <c>+00:00</c> to the values without one, and whose down restores the old default and trigger. PostgreSQL's
/// timestamptz was right before: its script of the conversion changes no column, and the rows are the same instants.
/// </summary>
public sealed class OffsetDefaultConversionScenarios
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:         { type: uuid, primary: true, default: new }
          name:       { type: string, max_length: 50, required: true }
          created_at: { type: datetimetz, required: true, default: now }
          closed_at:  { type: datetimetz }
          updated_at: { type: datetimetz, auto_update: true }
        """;

    private const string Member = """
        name: Member
        table: members
        fields:
          id:        { type: uuid, primary: true, default: new }
          team:      { type: ref, target: Team, required: true, on_delete: cascade }
          joined_at: { type: datetimetz, default: current_timestamp }
        """;

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_datetimetz_current_time_of_an_older_history_is_converted_with_its_rows_and_converted_back(string dialect)
    {
        await using var app = new AppUnderTest(dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync())
            .WithSchema("team.yaml", Team).WithSchema("member.yaml", Member);
        var initial = await app.GenerateAsync("initial schema");
        File.WriteAllText(initial.Path, initial.Text.Replace("stored_forms: 3\n", "stored_forms: 2\n", StringComparison.Ordinal));
        app.Rebuild();
        (await app.MigrateAsync("up")).ShouldSucceed();
        var sqlite = dialect == "SQLite";
        await app.Database.ExecuteAsync("INSERT INTO teams (name) VALUES ('by default')");
        await app.Database.ExecuteAsync("INSERT INTO teams (name, created_at, closed_at) VALUES ('by the app', '2026-01-31 12:00:00+00:00', '2026-02-01 08:30:00+00:00')");
        await app.Database.ExecuteAsync("INSERT INTO members (team_id) SELECT id FROM teams");
        await app.Database.ExecuteAsync("UPDATE teams SET name = 'by default, renamed' WHERE name = 'by default'");
        var before = Expected(app);
        Assert.Empty(await DifferencesAsync(app, before));
        var defaultMade = await TextsAsync(app.Database, DefaultMade(sqlite));
        Assert.All(defaultMade, text => Assert.False(sqlite && HasOffset(text), text));

        app.Rebuild();
        var pending = string.Join("\n", app.Build.PendingChangeWarnings.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
        foreach (var column in new[] { "teams.created_at", "teams.updated_at", "members.joined_at" })
        {
            Assert.Contains($"{column}: datetimetz values and the database's current time stored with their offset (+00:00) on SQLite", pending, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("closed_at", pending, StringComparison.Ordinal);
        Assert.DoesNotContain(".id:", pending, StringComparison.Ordinal);
        var migration = await app.GenerateAsync("store datetimetz defaults with their offset");
        Assert.Contains("alter_column: { table: teams, column: { name: created_at, type: datetimetz, stored_form: 1, required: true, default: now } }", migration.Text, StringComparison.Ordinal);
        Assert.Contains("alter_column: { table: members, column: { name: joined_at, type: datetimetz, default: current_timestamp } }", migration.Text, StringComparison.Ordinal);
        Assert.Empty(app.Build.PendingChangeWarnings);
        var script = (await app.MigrateAsync("script")).ShouldSucceed().StandardOutput;
        if (sqlite)
        {
            Assert.Contains("CASE WHEN \"created_at\" GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN \"created_at\" ELSE \"created_at\" || '+00:00' END", script, StringComparison.Ordinal);
            Assert.Contains("SET \"updated_at\" = (strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))", script, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("ALTER TABLE", script, StringComparison.Ordinal);
            Assert.DoesNotContain("TRIGGER", script, StringComparison.Ordinal);
        }

        (await app.MigrateAsync("up")).ShouldSucceed();

        Assert.Empty(await DifferencesAsync(app, Expected(app)));
        var converted = await TextsAsync(app.Database, DefaultMade(sqlite));
        Assert.Equal(sqlite ? defaultMade.Select(t => t + "+00:00") : defaultMade, converted);
        Assert.Equal(["2026-01-31 12:00:00+00:00|2026-02-01 08:30:00+00:00"], await TextsAsync(app.Database, AppWritten(sqlite)));
        await app.Database.ExecuteAsync("INSERT INTO teams (name) VALUES ('after the conversion')");
        await app.Database.ExecuteAsync("INSERT INTO members (team_id) SELECT id FROM teams WHERE name = 'after the conversion'");
        await app.Database.ExecuteAsync("UPDATE teams SET name = 'after the conversion, renamed' WHERE name = 'after the conversion'");
        var written = await TextsAsync(app.Database, Written(sqlite, "after the conversion, renamed"));
        Assert.All(written, text => Assert.Matches(sqlite ? OffsetText : @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text));

        (await app.MigrateAsync("down", "--to", MigrationFile.IdOf(app.App.MigrationFiles[0]).ToString(CultureInfo.InvariantCulture))).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app, before));
        Assert.Equal(converted, await TextsAsync(app.Database, DefaultMade(sqlite)));
        Assert.Equal(["2026-01-31 12:00:00+00:00|2026-02-01 08:30:00+00:00"], await TextsAsync(app.Database, AppWritten(sqlite)));
        Assert.Equal(written, await TextsAsync(app.Database, Written(sqlite, "after the conversion, renamed")));
        Assert.Equal(3, (await TextsAsync(app.Database, "SELECT m.team_id FROM members m JOIN teams t ON t.id = m.team_id")).Count);
        await app.Database.ExecuteAsync("INSERT INTO teams (name) VALUES ('after the down')");
        await app.Database.ExecuteAsync("INSERT INTO members (team_id) SELECT id FROM teams WHERE name = 'after the down'");
        await app.Database.ExecuteAsync("UPDATE teams SET name = 'after the down, renamed' WHERE name = 'after the down'");
        Assert.All(await TextsAsync(app.Database, Written(sqlite, "after the down, renamed")), text => Assert.False(sqlite && HasOffset(text), text));
    }

    private const string OffsetText = @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00$";

    private static bool HasOffset(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:\d\d$");

    /// <summary>The values the defaults and the trigger made before the conversion.</summary>
    private static string DefaultMade(bool sqlite) =>
        Written(sqlite, "by default, renamed") + $" UNION ALL SELECT {Text(sqlite, "m.joined_at")} FROM members m JOIN teams t ON t.id = m.team_id WHERE t.name = 'by the app' ORDER BY 1";

    /// <summary>What the database wrote into a team and its member: its default, its trigger, the member's default.</summary>
    private static string Written(bool sqlite, string team) =>
        $"SELECT {Text(sqlite, "created_at")} FROM teams WHERE name = '{team}' UNION ALL SELECT {Text(sqlite, "updated_at")} FROM teams WHERE name = '{team}' "
        + $"UNION ALL SELECT {Text(sqlite, "m.joined_at")} FROM members m JOIN teams t ON t.id = m.team_id WHERE t.name = '{team}'";

    /// <summary>A value as SQLite stores it, or PostgreSQL's UTC text of it.</summary>
    private static string Text(bool sqlite, string column) => sqlite ? column : $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')";

    /// <summary>The row the app wrote, as SQLite stores it, or PostgreSQL's UTC text of it in SQLite's form.</summary>
    private static string AppWritten(bool sqlite) => sqlite
        ? "SELECT created_at || '|' || closed_at FROM teams WHERE name = 'by the app'"
        : "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00:00|' || to_char(closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00:00' FROM teams WHERE name = 'by the app'";

    private static async Task<List<string>> TextsAsync(TestDatabase database, string sql) =>
        [.. (await database.ColumnValuesAsync(sql)).Select(v => v!)];

    private static DatabaseShape Expected(AppUnderTest app) =>
        ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);

    private static async Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app, DatabaseShape expected)
    {
        await using var connection = await app.Database.OpenAsync();
        return ShapeComparison.Differences(expected, await SchemaReader.ReadAsync(connection, app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, CancellationToken.None));
    }
}
