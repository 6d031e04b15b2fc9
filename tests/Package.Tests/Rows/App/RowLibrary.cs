using System.Data.Common;

namespace RowsApp;

/// <summary>One way of reading and writing rows; the scenario runs each against the others.</summary>
internal interface IRowLibrary
{
    string Name { get; }

    Task InsertAsync(DbConnection connection, Member member);

    Task UpdateAsync(DbConnection connection, Member member);

    Task DeleteAsync(DbConnection connection, Guid id);

    Task<Member?> FindAsync(DbConnection connection, Guid id);

    Task<List<Member>> ByTeamAsync(DbConnection connection, Guid teamId);

    Task<Team?> FindTeamAsync(DbConnection connection, Guid id);
}

/// <summary>The SQL every library runs, written from the generated column lists only.</summary>
internal static class Sql
{
    public static readonly string Insert = $"INSERT INTO {Member.TableName} ({Member.Columns.All}) VALUES ({Member.Columns.AllParameters})";

    public static readonly string Update = $"UPDATE {Member.TableName} SET {string.Join(", ", Member.Columns.All.Split(", ").Zip(Member.Columns.AllParameters.Split(", "), (c, p) => $"{c} = {p}"))} WHERE \"{Member.Columns.Id}\" = @Id";

    public static readonly string Delete = $"DELETE FROM {Member.TableName} WHERE \"{Member.Columns.Id}\" = @id";

    public static readonly string Find = $"SELECT {Member.Columns.All} FROM {Member.TableName} WHERE \"{Member.Columns.Id}\" = @id";

    public static readonly string ByTeam = $"SELECT {Member.Columns.All} FROM {Member.TableName} WHERE \"{Member.Columns.TeamId}\" = @teamId ORDER BY \"{Member.Columns.DisplayName}\"";

    public static readonly string FindTeam = $"SELECT {Team.Columns.All} FROM {Team.TableName} WHERE \"{Team.Columns.Id}\" = @id";
}
