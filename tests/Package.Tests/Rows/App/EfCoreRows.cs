using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace RowsApp;

/// <summary>
/// EF Core over <see cref="RowsContext"/>, opening its own connections from the connection string as an app does; a
/// fresh context per call, so what it reads comes from the database, not from its change tracker.
/// </summary>
internal sealed class EfCoreRows(string dialect, string connectionString) : IRowLibrary
{
    public string Name => "EF Core";

    public RowsContext Context()
    {
        var options = new DbContextOptionsBuilder<RowsContext>();
        if (dialect == "postgres")
        {
            options.UseNpgsql(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString);
        }

        return new RowsContext(options.Options);
    }

    public async Task InsertAsync(DbConnection connection, Member member)
    {
        await using var db = Context();
        db.Add(member);
        await db.SaveChangesAsync();
    }

    public async Task UpdateAsync(DbConnection connection, Member member)
    {
        await using var db = Context();
        db.Update(member);
        await db.SaveChangesAsync();
    }

    public async Task DeleteAsync(DbConnection connection, Guid id)
    {
        await using var db = Context();
        db.Remove(await db.Members.SingleAsync(m => m.Id == id));
        await db.SaveChangesAsync();
    }

    public async Task<Member?> FindAsync(DbConnection connection, Guid id)
    {
        await using var db = Context();
        return await db.Members.FindAsync(id);
    }

    public async Task<List<Member>> ByTeamAsync(DbConnection connection, Guid teamId)
    {
        await using var db = Context();
        return await db.Members.Where(m => m.TeamId == teamId).OrderBy(m => m.DisplayName).ToListAsync();
    }

    public async Task<Team?> FindTeamAsync(DbConnection connection, Guid id)
    {
        await using var db = Context();
        return await db.Teams.SingleOrDefaultAsync(t => t.Id == id);
    }
}
