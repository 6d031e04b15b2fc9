using System.Data.Common;
using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.StoredForms;

/// <summary>
/// One stored form per value, whichever library writes it: the row the database default numbered is found by its own
/// <c>Guid</c> and can be referred to, a decimal keeps every digit, a UTC instant does not move with the session's time
/// zone; and a database built by migration files from before keeps its rows through the generated conversion, up and down.
/// </summary>
public sealed class StoredFormScenarios
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:         { type: uuid, primary: true, default: new }
          name:       { type: string, max_length: 50, required: true }
          created_at: { type: datetime, required: true, default: now }
        """;

    private const string Member = """
        name: Member
        table: members
        fields:
          id:        { type: uuid, primary: true, default: new }
          team:      { type: ref, target: Team, required: true, on_delete: cascade }
          balance:   { type: decimal, precision: 19, scale: 4, required: true, default: 0 }
          joined_at: { type: datetime }
        """;

    private const decimal Exact = 123456789012345.6789m;

    private static readonly DateTime Instant = new(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Fact]
    public async Task On_sqlite_a_guid_parameter_finds_the_row_the_default_numbered_and_a_child_can_refer_to_it()
    {
        await using var app = await StartAsync("SQLite");
        await app.Database.ExecuteAsync("INSERT INTO teams (name) VALUES ('core')");
        var id = Guid.Parse((await app.Database.ColumnValuesAsync("SELECT id FROM teams"))[0]!);

        await using var connection = await OpenAsync(app.Database);
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM teams WHERE id = @id", ("@id", id)));
        await ExecuteAsync(connection, "INSERT INTO members (team_id) VALUES (@id)", ("@id", id));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM members WHERE team_id = @id", ("@id", id)));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_decimal_19_4_reads_back_to_the_last_digit(string dialect)
    {
        await using var app = await StartAsync(dialect);
        await app.Database.ExecuteAsync("INSERT INTO teams (name) VALUES ('core')");
        await using var connection = await OpenAsync(app.Database);
        var team = await ScalarAsync(connection, "SELECT id FROM teams");
        await ExecuteAsync(connection, "INSERT INTO members (team_id, balance) VALUES (@team, @balance)", ("@team", team!), ("@balance", Exact));

        Assert.Equal(Exact, await DecimalAsync(connection, "SELECT balance FROM members"));
    }

    [Fact]
    public async Task On_postgres_a_utc_datetime_reads_back_equal_under_a_berlin_session()
    {
        await using var app = await StartAsync("PostgreSQL");
        await using var connection = await OpenAsync(app.Database);
        await ExecuteAsync(connection, "SET TimeZone = 'Europe/Berlin'");
        await ExecuteAsync(connection, "INSERT INTO teams (name, created_at) VALUES ('core', @at)", ("@at", Instant));

        await using var command = Command(connection, "SELECT created_at FROM teams");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var read = reader.GetDateTime(0);
        Assert.Equal(Instant, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_database_built_by_older_migration_files_is_converted_with_its_rows_and_converted_back(string dialect)
    {
        await using var app = await StartOlderAsync(dialect);
        var sqlite = dialect == "SQLite";
        await app.Database.ExecuteAsync("INSERT INTO teams (name, created_at) VALUES ('core', '2026-01-31 12:00:00'), ('web', '2026-02-01 08:30:00')");
        await app.Database.ExecuteAsync("INSERT INTO members (team_id, balance, joined_at) SELECT id, 12.5, '2026-01-31 13:00:00' FROM teams");
        var ids = await app.Database.ColumnValuesAsync("SELECT id FROM teams ORDER BY name");
        Assert.All(ids, id => Assert.Equal(sqlite ? id!.ToLowerInvariant() : id, id));
        var before = Expected(app);

        app.Rebuild();
        var pending = string.Join("\n", app.Build.PendingChangeWarnings.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Contains("teams.id: uuids stored upper-case on SQLite", pending, StringComparison.Ordinal);
        Assert.Contains("members.team_id: uuids stored upper-case on SQLite", pending, StringComparison.Ordinal);
        Assert.Contains("members.balance: decimals stored as exact text on SQLite", pending, StringComparison.Ordinal);
        Assert.Contains("teams.created_at: datetime stored as timestamptz (a UTC instant) on PostgreSQL", pending, StringComparison.Ordinal);

        var migration = await app.GenerateAsync("convert stored forms");
        Assert.Contains("alter_column: { table: teams, column: { name: id, type: uuid, stored_form: 1, primary: true, default: new } }", migration.Text, StringComparison.Ordinal);
        Assert.Empty(app.Build.PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed();

        Assert.Empty(await DifferencesAsync(app, Expected(app)));
        Assert.Equal(ids.Select(id => sqlite ? id!.ToUpperInvariant() : id), await app.Database.ColumnValuesAsync("SELECT id FROM teams ORDER BY name"));
        Assert.Equal(["core|12.5|2026-01-31 12:00:00|2026-01-31 13:00:00", "web|12.5|2026-02-01 08:30:00|2026-01-31 13:00:00"], await RowsAsync(app.Database));
        await using (var connection = await OpenAsync(app.Database))
        {
            var id = Guid.Parse(ids[0]!);
            Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM members WHERE team_id = @id", ("@id", id)));
            await ExecuteAsync(connection, "INSERT INTO members (team_id, balance) VALUES (@id, @balance)", ("@id", id), ("@balance", Exact));
            Assert.Equal(Exact, await DecimalAsync(connection, "SELECT balance FROM members WHERE team_id = @id AND joined_at IS NULL", ("@id", id)));
            await ExecuteAsync(connection, "DELETE FROM members WHERE joined_at IS NULL");
        }

        (await app.MigrateAsync("down", "--to", MigrationFile.IdOf(app.App.MigrationFiles[0]).ToString(CultureInfo.InvariantCulture))).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app, before));
        Assert.Equal(ids, await app.Database.ColumnValuesAsync("SELECT id FROM teams ORDER BY name"));
        Assert.Equal(["core|12.5|2026-01-31 12:00:00|2026-01-31 13:00:00", "web|12.5|2026-02-01 08:30:00|2026-01-31 13:00:00"], await RowsAsync(app.Database));
    }

    private static async Task<AppUnderTest> StartAsync(string dialect)
    {
        var app = new AppUnderTest(await DatabaseAsync(dialect)).WithSchema("team.yaml", Team).WithSchema("member.yaml", Member);
        await app.StartAsync();
        return app;
    }

    /// <summary>The same first migration as the generator wrote it before `stored_forms: 2`: the old stored forms.</summary>
    private static async Task<AppUnderTest> StartOlderAsync(string dialect)
    {
        var app = new AppUnderTest(await DatabaseAsync(dialect)).WithSchema("team.yaml", Team).WithSchema("member.yaml", Member);
        var initial = await app.GenerateAsync("initial schema");
        File.WriteAllText(initial.Path, initial.Text.Replace("stored_forms: 3\n", string.Empty, StringComparison.Ordinal));
        app.Rebuild();
        (await app.MigrateAsync("up")).ShouldSucceed();
        return app;
    }

    private static async Task<TestDatabase> DatabaseAsync(string dialect) =>
        dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync();

    /// <summary>Each team with its member: the decimal as its value and the times as UTC text, whatever the column's type.</summary>
    private static Task<IReadOnlyList<string?>> RowsAsync(TestDatabase database) =>
        database.ColumnValuesAsync(database.Provider == "SQLite"
            ? "SELECT t.name || '|' || CAST(m.balance AS REAL) || '|' || t.created_at || '|' || m.joined_at FROM teams t JOIN members m ON m.team_id = t.id ORDER BY t.name"
            : "SELECT t.name || '|' || m.balance::float8 || '|' || to_char(t.created_at::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '|' || to_char(m.joined_at::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM teams t JOIN members m ON m.team_id = t.id ORDER BY t.name");

    private static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        var connection = await database.OpenAsync();
        if (database.Provider == "SQLite")
        {
            await ExecuteAsync(connection, "PRAGMA foreign_keys = ON");
        }

        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<decimal> DecimalAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetDecimal(0);
    }

    private static DatabaseShape Expected(AppUnderTest app) =>
        ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);

    private static Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app, DatabaseShape expected) => LiveShape.DifferencesAsync(app, expected);
}
