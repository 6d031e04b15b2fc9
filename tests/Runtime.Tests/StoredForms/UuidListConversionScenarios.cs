using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.StoredForms;

/// <summary>
/// A uuid list on SQLite is JSON text of the uuids: the stored-forms conversion of a database built by migration files
/// from before `stored_forms: 2` upper-cases its elements with the scalar uuids (so a <c>Guid</c> parameter finds
/// them) and its down makes them lower-case again; PostgreSQL's uuid[] is not touched.
/// </summary>
public sealed class UuidListConversionScenarios
{
    private const string Team = """
        name: Team
        table: teams
        fields:
          id:      { type: uuid, primary: true, default: new }
          name:    { type: string, max_length: 50, required: true }
          members: { type: uuid, array: true }
        """;

    private const string Member = """
        name: Member
        table: members
        fields:
          id:      { type: uuid, primary: true, default: new }
          team:    { type: ref, target: Team, required: true, on_delete: cascade }
          friends: { type: uuid, array: true, required: true, default: [] }
        """;

    private const string First = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private const string Second = "9a1d7c42-0b3e-4c1a-8f5e-2d6b7a8c9e01";

    public static TheoryData<string> Dialects => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public async Task A_uuid_list_built_by_older_migration_files_is_converted_with_its_rows_and_converted_back(string dialect)
    {
        await using var app = new AppUnderTest(dialect == "SQLite" ? new SqliteDatabase() : await PostgresServer.CreateDatabaseAsync())
            .WithSchema("team.yaml", Team).WithSchema("member.yaml", Member);
        var initial = await app.GenerateAsync("initial schema");
        File.WriteAllText(initial.Path, initial.Text.Replace("stored_forms: 3\n", string.Empty, StringComparison.Ordinal));
        app.Rebuild();
        (await app.MigrateAsync("up")).ShouldSucceed();
        var sqlite = dialect == "SQLite";
        var list = sqlite ? $"'[\"{First}\",\"{Second}\"]'" : $"ARRAY['{First}', '{Second}']::uuid[]";
        await app.Database.ExecuteAsync($"INSERT INTO teams (name, members) VALUES ('core', {list}), ('web', NULL)");
        await app.Database.ExecuteAsync($"INSERT INTO members (team_id, friends) SELECT id, {list} FROM teams");
        var before = Expected(app);
        var rows = await RowsAsync(app.Database);
        Assert.Equal([$"core|{First},{Second}|{First},{Second}", $"web||{First},{Second}"], rows);

        app.Rebuild();
        var pending = string.Join("\n", app.Build.PendingChangeWarnings.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Contains("teams.members: uuids stored upper-case on SQLite", pending, StringComparison.Ordinal);
        Assert.Contains("members.friends: uuids stored upper-case on SQLite", pending, StringComparison.Ordinal);
        var migration = await app.GenerateAsync("convert stored forms");
        Assert.Contains("alter_column: { table: members, column: { name: friends, type: uuid, array: true, stored_form: 1", migration.Text, StringComparison.Ordinal);
        Assert.Empty(app.Build.PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed();

        Assert.Empty(await DifferencesAsync(app, Expected(app)));
        var (first, second) = sqlite ? (First.ToUpperInvariant(), Second.ToUpperInvariant()) : (First, Second);
        Assert.Equal([$"core|{first},{second}|{first},{second}", $"web||{first},{second}"], await RowsAsync(app.Database));
        await using (var connection = await app.Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite
                ? "SELECT COUNT(*) FROM members m, json_each(m.friends) f WHERE f.value = @id"
                : "SELECT COUNT(*) FROM members m WHERE @id = ANY(m.friends)";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = Guid.Parse(Second);
            command.Parameters.Add(parameter);
            Assert.Equal(2L, Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
        }

        (await app.MigrateAsync("down", "--to", MigrationFile.IdOf(app.App.MigrationFiles[0]).ToString(CultureInfo.InvariantCulture))).ShouldSucceed();
        Assert.Empty(await DifferencesAsync(app, before));
        Assert.Equal(rows, await RowsAsync(app.Database));
    }

    /// <summary>Each member with its team's name and list and its own list, the uuids as the database stores them.</summary>
    private static async Task<List<string>> RowsAsync(TestDatabase database) =>
        [.. (await database.ColumnValuesAsync(database.Provider == "SQLite"
            ? "SELECT t.name || '|' || coalesce((SELECT group_concat(value, ',') FROM json_each(t.members)), '') || '|' || (SELECT group_concat(value, ',') FROM json_each(m.friends)) FROM teams t JOIN members m ON m.team_id = t.id ORDER BY t.name"
            : "SELECT t.name || '|' || coalesce(array_to_string(t.members, ','), '') || '|' || array_to_string(m.friends, ',') FROM teams t JOIN members m ON m.team_id = t.id ORDER BY t.name")).Select(r => r!)];

    private static DatabaseShape Expected(AppUnderTest app) =>
        ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);

    private static async Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app, DatabaseShape expected)
    {
        await using var connection = await app.Database.OpenAsync();
        return ShapeComparison.Differences(expected, await SchemaReader.ReadAsync(connection, app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, CancellationToken.None));
    }
}
