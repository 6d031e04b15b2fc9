using Dapper;

namespace RowsApp;

/// <summary>
/// README's workaround for a json column in a Dapper anonymous parameter object on PostgreSQL: a <c>string</c> is
/// sent as text, which PostgreSQL does not turn into jsonb (42804), and <c>@settings::jsonb</c> in the SQL does.
/// </summary>
internal static class JsonParameterChecks
{
    private static readonly string Update = $"UPDATE {Member.TableName} SET \"{Member.Columns.Settings}\" = @settings WHERE \"{Member.Columns.Id}\" = @id";

    public static async Task<List<string>> RunAsync(System.Data.Common.DbConnection connection, Guid team)
    {
        var expect = new Expect();
        var member = Samples.Bare(team);
        await connection.ExecuteAsync(Sql.Insert, member);
        const string settings = """{"theme": "light"}""";

        var error = "none";
        try
        {
            await connection.ExecuteAsync(Update, new { settings, id = member.Id });
        }
        catch (Npgsql.PostgresException e)
        {
            error = e.SqlState;
        }

        expect.Equal("a string for a jsonb column without the cast fails with", "42804", error);
        await connection.ExecuteAsync(Update.Replace("@settings", "@settings::jsonb", StringComparison.Ordinal), new { settings, id = member.Id });
        var read = await connection.QuerySingleAsync<Member>(Sql.Find, new { id = member.Id });
        expect.Equal("the json written with the cast", "light", System.Text.Json.JsonDocument.Parse(read.Settings ?? "{}").RootElement.GetProperty("theme").GetString());

        await connection.ExecuteAsync(Sql.Delete, new { id = member.Id });
        return expect.Problems;
    }
}
