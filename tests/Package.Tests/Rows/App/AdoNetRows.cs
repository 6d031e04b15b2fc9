using System.Data.Common;

namespace RowsApp;

/// <summary>Plain ADO.NET with the generated helpers: <c>AddParameters</c> and <c>ReadAllAsync</c>.</summary>
internal sealed class AdoNetRows : IRowLibrary
{
    public string Name => "ADO.NET";

    public Task InsertAsync(DbConnection connection, Member member) => ExecuteAsync(connection, Sql.Insert, member);

    public Task UpdateAsync(DbConnection connection, Member member) => ExecuteAsync(connection, Sql.Update, member);

    public async Task DeleteAsync(DbConnection connection, Guid id)
    {
        await using var command = Command(connection, Sql.Delete, ("@id", id));
        await command.ExecuteNonQueryAsync();
    }

    public async Task<Member?> FindAsync(DbConnection connection, Guid id) => (await QueryAsync(connection, Sql.Find, ("@id", id))).SingleOrDefault();

    public Task<List<Member>> ByTeamAsync(DbConnection connection, Guid teamId) => QueryAsync(connection, Sql.ByTeam, ("@teamId", teamId));

    public async Task<Team?> FindTeamAsync(DbConnection connection, Guid id)
    {
        await using var command = Command(connection, Sql.FindTeam, ("@id", id));
        await using var reader = await command.ExecuteReaderAsync();
        return (await Team.ReadAllAsync(reader)).SingleOrDefault();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, Member member)
    {
        await using var command = Command(connection, sql);
        member.AddParameters(command);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<Member>> QueryAsync(DbConnection connection, string sql, (string Name, object Value) parameter)
    {
        await using var command = Command(connection, sql, parameter);
        await using var reader = await command.ExecuteReaderAsync();
        return await Member.ReadAllAsync(reader);
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
}
