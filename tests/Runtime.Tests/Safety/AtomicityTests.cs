using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>A migration that fails midway leaves nothing of itself behind; the ones before it in the same run stay applied.</summary>
public sealed class AtomicityTests
{
    private const string TicketWithNote = """
        name: Ticket
        table: tickets
        fields:
          id:   { type: integer, primary: true }
          code: { type: string, max_length: 20 }
          note: { type: text }
        """;

    private const string TicketWithIntegerCodeAndPriority = """
        name: Ticket
        table: tickets
        fields:
          id:       { type: integer, primary: true }
          code:     { type: integer }
          note:     { type: text }
          priority: { type: integer }
        """;

    [Fact]
    public async Task A_cast_that_fails_on_one_row_rolls_back_its_whole_migration_and_keeps_the_earlier_ones()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("ticket.yaml", Schemas.TicketWithTextCode);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO tickets (id, code) VALUES (1, '42'), (2, 'abc'), (3, '7')");

        app.WithSchema("ticket.yaml", TicketWithNote);
        app.Rebuild();
        var addNote = await app.GenerateAsync("add note");
        app.WithSchema("ticket.yaml", TicketWithIntegerCodeAndPriority);
        app.Rebuild();
        var convert = await app.GenerateAsync("code to integer and priority");
        Assert.Contains("priority", convert.Text, StringComparison.Ordinal);

        var up = (await app.MigrateAsync("up")).ShouldFail(1).ShouldHaveNoStackTrace();
        up.ShouldContain(convert.Id.ToString(CultureInfo.InvariantCulture))
            .ShouldContain("ALTER")
            .ShouldContain("code")
            .ShouldContain("invalid input syntax for type integer");

        Assert.Equal([initial.Id, addNote.Id], await app.Database.AppliedVersionsAsync());
        Assert.True(await app.Database.ColumnExistsAsync("tickets", "note"));
        Assert.False(await app.Database.ColumnExistsAsync("tickets", "priority"));
        Assert.Equal("character varying", await app.Database.ColumnTypeAsync("tickets", "code"));
        Assert.Equal(["42", "abc", "7"], await app.Database.ColumnValuesAsync("SELECT code FROM tickets ORDER BY id"));

        // Once the bad row is fixed, the same migration goes through.
        await app.Database.ExecuteAsync("UPDATE tickets SET code = '0' WHERE id = 2");
        (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.Equal([initial.Id, addNote.Id, convert.Id], await app.Database.AppliedVersionsAsync());
        Assert.Equal("integer", await app.Database.ColumnTypeAsync("tickets", "code"));
        Assert.True(await app.Database.ColumnExistsAsync("tickets", "priority"));
    }
}
