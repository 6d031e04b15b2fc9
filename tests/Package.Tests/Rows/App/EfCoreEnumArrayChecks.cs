using Microsoft.EntityFrameworkCore;

namespace RowsApp;

/// <summary>
/// What EF Core makes of LINQ over an enum array: on SQLite (JSON text) <c>Contains</c>, <c>Any</c> and <c>Count</c>
/// translate to <c>json_each</c> and <c>json_array_length</c>; on PostgreSQL the list is one value converted to its
/// labels, which EF Core cannot look into, so each query throws rather than reading the table into memory, and the
/// README's <c>FromSql</c> with <c>= ANY</c> finds the rows instead.
/// </summary>
internal static class EfCoreEnumArrayChecks
{
    private const string Untranslatable = "could not be translated";

    public static async Task<List<string>> RunAsync(EfCoreRows ef, string dialect, Guid team)
    {
        var expect = new Expect();
        var gold = Samples.Bare(team);
        gold.DisplayName = "linq: gold";
        gold.Roles = [MemberRoles.EditorInChief, MemberRoles.Reader];
        gold.Badges = [MemberBadges.Gold];
        var none = Samples.Bare(team);
        none.DisplayName = "linq: none";
        await using (var db = ef.Context())
        {
            db.AddRange(gold, none);
            await db.SaveChangesAsync();
        }

        var wanted = new List<MemberBadges> { MemberBadges.Gold, MemberBadges.SilverStar };
        var queries = new (string Name, Func<IQueryable<Member>, IQueryable<Member>> Where)[]
        {
            ("Roles.Contains", q => q.Where(m => m.Roles.Contains(MemberRoles.EditorInChief))),
            ("Badges.Contains", q => q.Where(m => m.Badges!.Contains(MemberBadges.Gold))),
            ("Badges.Any()", q => q.Where(m => m.Badges!.Any())),
            ("Roles.Count", q => q.Where(m => m.Roles.Count == 2)),
            ("Badges.Any(wanted.Contains)", q => q.Where(m => m.Badges!.Any(b => wanted.Contains(b)))),
        };
        foreach (var (name, where) in queries)
        {
            await using var db = ef.Context();
            string found;
            try
            {
                found = string.Join(" ", await where(db.Members.Where(m => m.TeamId == team && m.DisplayName.StartsWith("linq: "))).Select(m => m.DisplayName).ToListAsync());
            }
            catch (InvalidOperationException e) when (e.Message.Contains(Untranslatable, StringComparison.Ordinal))
            {
                found = Untranslatable;
            }

            expect.Equal($"EF Core, {name}, on {dialect}", dialect == "postgres" ? Untranslatable : gold.DisplayName, found);
        }

        if (dialect == "postgres")
        {
            await using var db = ef.Context();
            var byLabel = await db.Members.FromSql($"SELECT * FROM members WHERE {"gold"} = ANY (badges::text[])")
                .Where(m => m.TeamId == team).Select(m => m.DisplayName).ToListAsync();
            expect.Equal("EF Core, FromSql with = ANY on PostgreSQL", gold.DisplayName, string.Join(" ", byLabel));
        }

        await using (var db = ef.Context())
        {
            db.RemoveRange(await db.Members.Where(m => m.Id == gold.Id || m.Id == none.Id).ToListAsync());
            await db.SaveChangesAsync();
        }

        return expect.Problems;
    }
}
