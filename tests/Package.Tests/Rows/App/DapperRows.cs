using System.Data.Common;
using Dapper;

namespace RowsApp;

/// <summary>Dapper after <c>BackendInABoxDapper.Register()</c>: the entity is the parameter object, <c>Query&lt;Member&gt;</c> reads it back.</summary>
internal sealed class DapperRows : IRowLibrary
{
    public string Name => "Dapper";

    public Task InsertAsync(DbConnection connection, Member member) => connection.ExecuteAsync(Sql.Insert, member);

    public Task UpdateAsync(DbConnection connection, Member member) => connection.ExecuteAsync(Sql.Update, member);

    public Task DeleteAsync(DbConnection connection, Guid id) => connection.ExecuteAsync(Sql.Delete, new { id });

    public Task<Member?> FindAsync(DbConnection connection, Guid id) => connection.QuerySingleOrDefaultAsync<Member>(Sql.Find, new { id });

    public async Task<List<Member>> ByTeamAsync(DbConnection connection, Guid teamId) => [.. await connection.QueryAsync<Member>(Sql.ByTeam, new { teamId })];

    public Task<Team?> FindTeamAsync(DbConnection connection, Guid id) => connection.QuerySingleOrDefaultAsync<Team>(Sql.FindTeam, new { id });
}
