using System.Data.Common;

namespace RowsApp;

/// <summary>
/// A <c>datetimetz</c> that <c>default: now</c> made: each library reads it back as the instant the database stored
/// (compared with the database's own reading of it, in Unix seconds, so nothing here depends on the clock), at offset
/// 0, and the stored text is the same as that of the same value written by the app.
/// </summary>
internal static class OffsetDefaultChecks
{
    public static async Task<List<string>> RunAsync(DbConnection connection, IRowLibrary[] libraries, Guid team)
    {
        var expect = new Expect();
        var postgres = connection is Npgsql.NpgsqlConnection;
        var stored = await ScalarAsync(connection, postgres
            ? $"SELECT CAST(floor(extract(epoch FROM \"{Team.Columns.FoundedAt}\")) AS bigint) FROM {Team.TableName} WHERE \"{Team.Columns.Id}\" = @id"
            : $"SELECT CAST(strftime('%s', \"{Team.Columns.FoundedAt}\") AS INTEGER) FROM {Team.TableName} WHERE \"{Team.Columns.Id}\" = @id", team);
        DateTimeOffset? read = null;
        foreach (var library in libraries)
        {
            var found = await library.FindTeamAsync(connection, team);
            read ??= found?.FoundedAt;
            expect.Equal($"{library.Name} reads the default's instant (Unix seconds)", stored, found?.FoundedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            expect.Equal($"{library.Name} reads the default at offset", TimeSpan.Zero, found?.FoundedAt.Offset);
        }

        var written = new Team { Name = "written with the default's value", FoundedAt = read ?? default };
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO {Team.TableName} ({Team.Columns.All}) VALUES ({Team.Columns.AllParameters})";
            written.AddParameters(insert);
            await insert.ExecuteNonQueryAsync();
        }

        var text = $"SELECT CAST(\"{Team.Columns.FoundedAt}\" AS TEXT) FROM {Team.TableName} WHERE \"{Team.Columns.Id}\" = @id";
        expect.Equal("the default's stored text is that of the app-written value", await ScalarAsync(connection, text, written.Id), await ScalarAsync(connection, text, team));
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = $"DELETE FROM {Team.TableName} WHERE \"{Team.Columns.Id}\" = @id";
            Add(delete, written.Id);
            await delete.ExecuteNonQueryAsync();
        }

        return expect.Problems;
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, id);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, Guid id)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
    }
}
