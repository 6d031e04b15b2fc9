using Microsoft.EntityFrameworkCore;

namespace RowsApp;

/// <summary>
/// What the EF Core model configures beyond the matrix's rows: a key the database numbers on add, a composite key
/// with a ref, a native PostgreSQL enum and plain enums queried by their labels, defaults, a wall-clock time of
/// unspecified kind, and the database's cascades.
/// </summary>
internal static class EfCoreModelChecks
{
    public static async Task<List<string>> OrdersAsync(EfCoreRows ef, Guid team)
    {
        var expect = new Expect();
        var member = new Member { TeamId = team, DisplayName = "orders", Tier = MemberTier.ProPlus, Mood = MemberMood.Busy, LocalAt = new DateTime(2026, 3, 29, 2, 30, 0) };
        var order = new Order { MemberId = member.Id, Status = OrderStatus.OnHold, Total = 1234567890.12m, PlacedAt = new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc) };
        await using (var db = ef.Context())
        {
            db.Add(member);
            db.Add(order);
            await db.SaveChangesAsync();
            expect.Equal("the order's id numbered by the database is positive", true, order.Id > 0);
            db.AddRange(new OrderLine { OrderId = order.Id, Line = 1, Sku = "SKU-1", Quantity = 2 }, new OrderLine { OrderId = order.Id, Line = 2, Sku = "SKU-2" });
            await db.SaveChangesAsync();
        }

        await using (var db = ef.Context())
        {
            var byLabels = await db.Members.Where(m => m.TeamId == team && m.Tier == MemberTier.ProPlus && m.Mood == MemberMood.Busy).Select(m => m.Id).ToListAsync();
            expect.Equal("members found by their enum labels", member.Id, byLabels.SingleOrDefault());
            var local = (await db.Members.SingleAsync(m => m.Id == member.Id)).LocalAt;
            expect.Equal("a timestamp read back as the wall-clock time written", member.LocalAt, local);
            expect.Equal("a timestamp's Kind", DateTimeKind.Unspecified, local?.Kind);
            var held = await db.Orders.Where(o => o.MemberId == member.Id && o.Status == OrderStatus.OnHold).ToListAsync();
            expect.Equal("orders found by the member's id and the native enum's label", 1, held.Count);
            expect.Equal("order Total", 1234567890.12m, held.SingleOrDefault()?.Total);
            expect.Equal("order PlacedAt", order.PlacedAt, held.SingleOrDefault()?.PlacedAt);
            var line = await db.OrderLines.FindAsync(order.Id, 2);
            expect.Equal("line found by its composite key", "SKU-2", line?.Sku);
            expect.Equal("line Quantity (its default)", 1, line?.Quantity);
            db.Remove(await db.Members.SingleAsync(m => m.Id == member.Id));
            await db.SaveChangesAsync();
        }

        await using (var db = ef.Context())
        {
            expect.Equal("orders left after their member's delete (the database cascades)", 0, await db.Orders.CountAsync(o => o.Id == order.Id));
            expect.Equal("order lines left (the database cascades)", 0, await db.OrderLines.CountAsync(l => l.OrderId == order.Id));
        }

        return expect.Problems;
    }
}
