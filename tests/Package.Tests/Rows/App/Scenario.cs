using System.Data.Common;

namespace RowsApp;

/// <summary>
/// Each library writes rows that each library (itself included) must find by key and by foreign key and read back
/// equal, then updates them and deletes them; a team whose uuid the database default made is found by a Guid. Then
/// what EF Core's model and System.Text.Json add beyond the rows.
/// </summary>
internal static class Scenario
{
    public static async Task<int> RunAsync(string dialect, string connectionString)
    {
        BackendInABoxDapper.Register();
        var efCore = new EfCoreRows(dialect, connectionString);
        IRowLibrary[] libraries = [new AdoNetRows(), new DapperRows(), efCore];
        await using var connection = dialect == "postgres"
            ? new Npgsql.NpgsqlConnection(connectionString)
            : (DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync();
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            await ExecuteAsync(connection, "PRAGMA foreign_keys = ON");
        }

        var failures = new List<string>();
        var team = await DefaultTeamAsync(connection, "Platform");
        var mentors = await DefaultTeamAsync(connection, "Mentors");
        foreach (var library in libraries)
        {
            await StepAsync(failures, $"{library.Name} finds the team by the Guid the database default made", async () =>
            {
                var found = await library.FindTeamAsync(connection, team);
                return found?.Name == "Platform" ? [] : [$"found {(found is null ? "nothing" : found.Name)}"];
            });
        }

        await StepAsync(failures, "Each library reads the datetimetz the database default made as the instant stored, in the app-written form", () => OffsetDefaultChecks.RunAsync(connection, libraries, team));

        foreach (var writer in libraries)
        {
            foreach (var (kind, make) in new (string, Func<Member>)[] { ("full", () => Samples.Full(team, mentors)), ("bare", () => Samples.Bare(team)) })
            {
                var member = make();
                await StepAsync(failures, $"{writer.Name} inserts a {kind} row", async () => { await writer.InsertAsync(connection, member); return []; });
                await ReadBackAsync(failures, connection, libraries, writer, $"{kind} row", member, team);

                var changed = Samples.Changed(member);
                await StepAsync(failures, $"{writer.Name} updates the {kind} row", async () => { await writer.UpdateAsync(connection, changed); return []; });
                await ReadBackAsync(failures, connection, libraries, writer, $"updated {kind} row", changed, team);

                await StepAsync(failures, $"{writer.Name} deletes the {kind} row", async () => { await writer.DeleteAsync(connection, member.Id); return []; });
                foreach (var reader in libraries)
                {
                    await StepAsync(failures, $"{reader.Name} no longer finds the {kind} row {writer.Name} deleted", async () =>
                        await reader.FindAsync(connection, member.Id) is null ? [] : ["still there"]);
                }
            }
        }

        await StepAsync(failures, "EF Core numbers, finds by composite key and by labels, and cascades orders", () => EfCoreModelChecks.OrdersAsync(efCore, team));
        await StepAsync(failures, "EF Core's LINQ over enum arrays", () => EfCoreEnumArrayChecks.RunAsync(efCore, dialect, team));
        await StepAsync(failures, "System.Text.Json writes and reads the labels and the app's attributes", () => Task.FromResult(JsonChecks.Run(Samples.Full(team, mentors))));
        if (dialect == "postgres")
        {
            await StepAsync(failures, "ADO.NET and Dapper write and read a native enum through a data source with MapBackendInABoxEnums()", () => NativeEnumChecks.RunAsync(connectionString, team));
            await StepAsync(failures, "Npgsql and Dapper read and query enum arrays, a native one through MapBackendInABoxEnums()", () => NativeEnumArrayChecks.RunAsync(connectionString, (Npgsql.NpgsqlConnection)connection, team));
            await StepAsync(failures, "Dapper writes a string to a jsonb column with the README's cast", () => JsonParameterChecks.RunAsync(connection, team));
        }

        foreach (var failure in failures)
        {
            Console.WriteLine("FAILED " + failure);
        }

        Console.WriteLine($"{libraries.Length} libraries on {dialect}: {string.Join(", ", libraries.Select(l => l.Name))}; {failures.Count} failure(s)");
        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task ReadBackAsync(List<string> failures, DbConnection connection, IRowLibrary[] libraries, IRowLibrary writer, string what, Member written, Guid team)
    {
        foreach (var reader in libraries)
        {
            await StepAsync(failures, $"{reader.Name} reads the {what} {writer.Name} wrote, by key", async () =>
                await reader.FindAsync(connection, written.Id) is { } read ? Samples.Differences(written, read) : ["not found"]);
            await StepAsync(failures, $"{reader.Name} reads the {what} {writer.Name} wrote, by team", async () =>
                (await reader.ByTeamAsync(connection, team)).SingleOrDefault(m => m.Id == written.Id) is { } read ? Samples.Differences(written, read) : ["not found"]);
        }
    }

    private static async Task StepAsync(List<string> failures, string step, Func<Task<List<string>>> run)
    {
        try
        {
            failures.AddRange((await run()).Select(problem => $"{step}: {problem}"));
        }
        catch (Exception e)
        {
            failures.Add($"{step}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>A team inserted without its id, so the column's database default makes it; read back with the generated reader.</summary>
    private static async Task<Guid> DefaultTeamAsync(DbConnection connection, string name)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Team.TableName} (\"{Team.Columns.Name}\") VALUES (@name)";
        var parameter = insert.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = name;
        insert.Parameters.Add(parameter);
        await insert.ExecuteNonQueryAsync();

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Team.Columns.All} FROM {Team.TableName} WHERE \"{Team.Columns.Name}\" = '{name}'";
        await using var reader = await select.ExecuteReaderAsync();
        return (await Team.ReadAllAsync(reader)).Single().Id;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
