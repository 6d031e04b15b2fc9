using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.DataSafety;

/// <summary>A hand-written rename_table, then a generated change to an enum of that table: the enum's CHECK follows the table.</summary>
public abstract class RenameTableScenarios
{
    private const string Tickets = """
        name: Ticket
        table: tickets
        fields:
          id:    { type: integer, primary: true }
          state: { type: enum, values: [open, closed], required: true, default: open }
        """;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Changing_the_enum_values_of_a_renamed_table_leaves_one_check_with_the_new_values()
    {
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("ticket.yaml", Tickets);
        var initial = await app.StartAsync();
        await app.Database.ExecuteAsync("INSERT INTO tickets (id, state) VALUES (1, 'open'), (2, 'closed')");

        var renameId = MigrationFile.After(initial.Id, 1);
        app.App.WithMigration($"{renameId}_rename_tickets.yaml", MigrationFile.Text(
            renameId, "rename tickets", initial.Id,
            up: "  - rename_table: { table: tickets, to: issues }\n",
            down: "  - rename_table: { table: issues, to: tickets }\n"));
        app.WithSchema("ticket.yaml", Tickets.Replace("table: tickets", "table: issues", StringComparison.Ordinal));
        Assert.Empty(app.Rebuild().PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed();

        app.WithSchema("ticket.yaml", Tickets.Replace("table: tickets", "table: issues", StringComparison.Ordinal).Replace("[open, closed]", "[open, closed, archived]", StringComparison.Ordinal));
        app.Rebuild();
        await app.GenerateAsync("archived state");
        (await app.MigrateAsync("up")).ShouldSucceed();

        await app.Database.ExecuteAsync("INSERT INTO issues (id, state) VALUES (3, 'archived')");
        await app.Database.AssertRejectedAsync("INSERT INTO issues (id, state) VALUES (4, 'lost')", "a value the enum CHECK does not allow");
        Assert.Equal(["open", "closed", "archived"], await app.Database.ColumnValuesAsync("SELECT state FROM issues ORDER BY id"));

        await app.Database.ExecuteAsync("DELETE FROM issues WHERE id = 3");
        (await app.MigrateAsync("down", "2")).ShouldSucceed();
        Assert.Equal(["open", "closed"], await app.Database.ColumnValuesAsync("SELECT state FROM tickets ORDER BY id"));
        await app.Database.AssertRejectedAsync("INSERT INTO tickets (id, state) VALUES (4, 'archived')", "a value the enum CHECK does not allow");
    }
}

public sealed class SqliteRenameTableTests : RenameTableScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}

public sealed class PostgresRenameTableTests : RenameTableScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
