using BackendInABox.Introspection;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Introspection;

/// <summary>The live shape of a migrated database equals the replay's expected shape, and drift made by hand shows up.</summary>
public sealed class LiveShapeTests
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:   { type: integer, primary: true }
          name: { type: string, required: true, max_length: 100, unique: true }
        """;

    private const string Player = """
        name: Player
        table: players
        fields:
          id:       { type: integer, primary: true }
          nickname: { type: string, max_length: 40 }
          score:    { type: decimal, precision: 10, scale: 2, required: true, default: 0 }
          active:   { type: boolean, required: true, default: true }
          role:     { type: enum, values: [captain, member], required: true, default: member }
          joined:   { type: datetimetz, required: true, default: now }
          team:     { type: ref, target: Team, on_delete: set_null }
        indexes:
          - { fields: [nickname, role] }
        """;

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_migrated_database_has_exactly_the_expected_shape(string dialect)
    {
        await using var app = await StartAsync(dialect);
        var (expected, live) = await ShapesAsync(app);

        Assert.Empty(ShapeComparison.Differences(expected, live));
        var players = live.Table("players")!;
        Assert.Equal(["id"], players.PrimaryKey);
        Assert.Equal(["captain", "member"], Assert.Single(players.EnumChecks, c => c.Column == "role").Values);
        Assert.Contains(players.ForeignKeys, k => k is { Column: "team_id", TargetTable: "teams", TargetColumn: "id", OnDelete: "SET NULL" });
        Assert.Contains(live.Table("teams")!.Indexes, i => i is { Name: "ux_teams_name", Unique: true });
        Assert.DoesNotContain(live.Tables, t => t.Name is "VersionInfo" or "biab_migration_files");
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task Drift_made_by_hand_is_reported_as_missing_and_unexpected(string dialect)
    {
        await using var app = await StartAsync(dialect);
        await app.Database.ExecuteAsync("DROP INDEX ix_players_nickname_role");
        await app.Database.ExecuteAsync("CREATE INDEX ix_by_hand ON players (score)");
        await app.Database.ExecuteAsync("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        var (expected, live) = await ShapesAsync(app);

        var differences = ShapeComparison.Differences(expected, live);
        Assert.Contains("missing:    index players.ix_players_nickname_role (nickname, role)", differences);
        Assert.Contains("unexpected: index players.ix_by_hand (score)", differences);
        Assert.Contains(differences, d => d.StartsWith("unexpected: table notes", StringComparison.Ordinal));
    }

    private static async Task<AppUnderTest> StartAsync(string dialect)
    {
        TestDatabase database = dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync();
        var app = new AppUnderTest(database).WithSchema("team.yaml", Team).WithSchema("player.yaml", Player);
        await app.StartAsync();
        return app;
    }

    private static async Task<(DatabaseShape Expected, DatabaseShape Live)> ShapesAsync(AppUnderTest app) => (LiveShape.Expected(app), await LiveShape.ReadAsync(app));
}
