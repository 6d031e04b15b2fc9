using Dapper;
using Npgsql;

namespace RowsApp;

/// <summary>
/// Enum arrays through plain Npgsql and Dapper on PostgreSQL: on a data source built with <c>MapBackendInABoxEnums()</c>
/// a native enum used only as an array (<c>member_badge[]</c>, no column of the type itself) is mapped, so Npgsql reads
/// it as <c>MemberBadges[]</c> and takes one as a parameter, and the generated helpers still read it; on it and on a plain
/// connection, Dapper takes <c>List&lt;TEnum&gt;</c> and <c>TEnum[]</c> as a query's parameter against the native array
/// and against a plain one (<c>varchar(63)[]</c> of labels), as the README's <c>WHERE badges &amp;&amp; @wanted</c>.
/// </summary>
internal static class NativeEnumArrayChecks
{
    private static readonly string Overlapping = $"SELECT \"{Member.Columns.Id}\" FROM {Member.TableName} WHERE \"{Member.Columns.TeamId}\" = @team AND {{0}} && @wanted ORDER BY \"{Member.Columns.DisplayName}\"";

    public static async Task<List<string>> RunAsync(string connectionString, NpgsqlConnection plain, Guid team)
    {
        var expect = new Expect();
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString).MapBackendInABoxEnums().Build();
        await using var mapped = await dataSource.OpenConnectionAsync();
        var gold = Samples.Bare(team);
        gold.DisplayName = "enum arrays: gold";
        gold.Roles = [MemberRoles.EditorInChief];
        gold.Badges = [MemberBadges.Gold, MemberBadges.SilverStar];
        var none = Samples.Bare(team);
        none.DisplayName = "enum arrays: none";
        await using (var command = mapped.CreateCommand())
        {
            command.CommandText = Sql.Insert;
            gold.AddParameters(command);
            await command.ExecuteNonQueryAsync();
        }

        await mapped.ExecuteAsync(Sql.Insert, none);

        await using (var command = mapped.CreateCommand())
        {
            command.CommandText = $"SELECT \"{Member.Columns.Badges}\" FROM {Member.TableName} WHERE \"{Member.Columns.Id}\" = @id";
            command.Parameters.AddWithValue("id", gold.Id);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            expect.Equal("Npgsql reads the native array as MemberBadges[]", "Gold SilverStar", string.Join(" ", reader.GetFieldValue<MemberBadges[]>(0)));
        }

        await using (var command = mapped.CreateCommand())
        {
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Overlapping, $"\"{Member.Columns.Badges}\"");
            command.Parameters.AddWithValue("team", team);
            command.Parameters.AddWithValue("wanted", new[] { MemberBadges.Gold });
            expect.Equal("Npgsql finds the row by a MemberBadges[] parameter", gold.Id, (Guid?)await command.ExecuteScalarAsync());
        }

        await using (var command = mapped.CreateCommand())
        {
            command.CommandText = Sql.Find;
            command.Parameters.AddWithValue("id", gold.Id);
            await using var reader = await command.ExecuteReaderAsync();
            var read = (await Member.ReadAllAsync(reader)).SingleOrDefault();
            expect.Equal("the ADO.NET helpers read the mapped native array", "Gold SilverStar", read?.Badges is { } badges ? string.Join(" ", badges) : "nothing");
        }

        foreach (var (name, connection) in new (string, System.Data.Common.DbConnection)[] { ("mapped data source", mapped), ("plain connection", plain) })
        {
            var read = await connection.QuerySingleAsync<Member>(Sql.Find, new { id = gold.Id });
            expect.Equal($"Dapper reads the native array on the {name}", "Gold SilverStar", string.Join(" ", read.Badges ?? []));
            var scalar = await connection.QuerySingleAsync<MemberBadges[]>($"SELECT \"{Member.Columns.Badges}\" FROM {Member.TableName} WHERE \"{Member.Columns.Id}\" = @id", new { id = gold.Id });
            expect.Equal($"Dapper reads a MemberBadges[] on the {name}", "Gold SilverStar", string.Join(" ", scalar));
            await FindsAsync(expect, $"Dapper, a List<MemberBadges> parameter on the {name}", connection, Member.Columns.Badges, team, new List<MemberBadges> { MemberBadges.Gold }, gold.Id);
            await FindsAsync(expect, $"Dapper, a MemberBadges[] parameter on the {name}", connection, Member.Columns.Badges, team, new[] { MemberBadges.Gold }, gold.Id);
            await FindsAsync(expect, $"Dapper, a List<MemberRoles> parameter on the {name}", connection, Member.Columns.Roles, team, new List<MemberRoles> { MemberRoles.EditorInChief }, gold.Id);
            await FindsAsync(expect, $"Dapper, a MemberRoles[] parameter on the {name}", connection, Member.Columns.Roles, team, new[] { MemberRoles.EditorInChief }, gold.Id);
            var byLabel = await connection.QueryAsync<Guid>($"SELECT \"{Member.Columns.Id}\" FROM {Member.TableName} WHERE \"{Member.Columns.TeamId}\" = @team AND @badge = ANY (\"{Member.Columns.Badges}\")", new { team, badge = MemberBadges.Gold });
            expect.Equal($"Dapper, one MemberBadges label in = ANY on the {name}", gold.Id.ToString(), string.Join(" ", byLabel));
        }

        await mapped.ExecuteAsync($"DELETE FROM {Member.TableName} WHERE \"{Member.Columns.Id}\" = ANY (@ids)", new { ids = new[] { gold.Id, none.Id } });
        return expect.Problems;
    }

    private static async Task FindsAsync<T>(Expect expect, string what, System.Data.Common.DbConnection connection, string column, Guid team, T wanted, Guid found)
    {
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, Overlapping, $"\"{column}\"");
        try
        {
            expect.Equal(what, found.ToString(), string.Join(" ", await connection.QueryAsync<Guid>(sql, new { team, wanted })));
        }
        catch (Exception e)
        {
            expect.Equal(what, found.ToString(), $"{e.GetType().Name}: {e.Message}");
        }
    }
}
