using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Migrations;

/// <summary>
/// A history written before <c>stored_forms: 2</c> keeps its stored forms: the current ones are a pending change whose
/// migration converts the rows on each dialect and converts them back going down.
/// </summary>
public sealed class StoredFormTests
{
    private const string Account = "name: Account\nfields:\n  id: { type: uuid, primary: true, default: new }\n  balance: { type: decimal, precision: 19, scale: 4, required: true, default: 0 }\n  opened_at: { type: datetime, required: true, default: now }\n";

    private const string Older = """
        up:
          - create_table:
              table: accounts
              primary_key_name: accounts_pkey
              columns:
                - { name: id, type: uuid, primary: true, default: new }
                - { name: balance, type: decimal, precision: 19, scale: 4, required: true, default: 0 }
                - { name: opened_at, type: datetime, required: true, default: now }
        down:
          - drop_table: { table: accounts }
        """;

    [Fact]
    public void An_older_file_keeps_its_forms_and_the_conversion_is_a_pending_change_that_round_trips()
    {
        var project = new EvolvingProject().Schema("account.yaml", Account);
        project.Add("initial", Older);
        var before = project.Run();
        Assert.Contains(
            "accounts.id: uuids stored upper-case on SQLite; accounts.balance: decimals stored as exact text on SQLite; accounts.opened_at: datetime stored as timestamptz (a UTC instant) on PostgreSQL",
            Assert.Single(EvolvingProject.Messages(before, "BIAB200")),
            StringComparison.Ordinal);
        Assert.Contains("accounts.balance as SQLite NUMERIC again", Assert.Single(EvolvingProject.Messages(before, "BIAB206")), StringComparison.Ordinal);
        var olderSql = MigrationRunner.Script(MigrationRunner.Load(before), "SQLite");
        Assert.Contains("\"balance\" NUMERIC NOT NULL DEFAULT 0", olderSql, StringComparison.Ordinal);
        Assert.Contains("lower(hex(randomblob(4)))", olderSql, StringComparison.Ordinal);
        Assert.Contains("\"opened_at\" timestamp NOT NULL", MigrationRunner.Script(MigrationRunner.Load(before), "PostgreSQL"), StringComparison.Ordinal);

        var conversion = project.Generate("convert stored forms");
        Assert.StartsWith("id: ", conversion, StringComparison.Ordinal);
        Assert.Contains("stored_forms: 3\nup:\n  - alter_column: { table: accounts, column: { name: id, type: uuid, primary: true, default: new } }\n", conversion, StringComparison.Ordinal);
        Assert.Contains("  - alter_column: { table: accounts, column: { name: balance, type: decimal, precision: 19, scale: 4, stored_form: 1, required: true, default: 0 } }\n", conversion, StringComparison.Ordinal);
        var after = project.Run();
        EvolvingProject.AssertClean(after);

        var sqlite = MigrationRunner.Script(MigrationRunner.Load(after), "SQLite");
        Assert.Contains("SELECT upper(\"id\"), CAST(\"balance\" AS TEXT), \"opened_at\" FROM \"accounts\"", sqlite, StringComparison.Ordinal);
        Assert.Contains("SELECT lower(\"id\"), CAST(trim(\"balance\") AS NUMERIC), \"opened_at\" FROM \"accounts\"", sqlite, StringComparison.Ordinal);
        Assert.Contains("\"balance\" TEXT NOT NULL DEFAULT '0'", sqlite, StringComparison.Ordinal);
        var postgres = MigrationRunner.Script(MigrationRunner.Load(after), "PostgreSQL");
        Assert.Contains("ALTER TABLE \"accounts\" ALTER COLUMN \"opened_at\" TYPE timestamptz USING \"opened_at\" AT TIME ZONE 'UTC'", postgres, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"accounts\" ALTER COLUMN \"opened_at\" TYPE timestamp USING \"opened_at\" AT TIME ZONE 'UTC'", postgres, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\" TYPE", postgres, StringComparison.Ordinal);
        Assert.DoesNotContain("\"balance\" TYPE", postgres, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_history_has_the_current_forms_and_nothing_pending()
    {
        var project = new EvolvingProject().Schema("account.yaml", Account);
        project.Generate("initial");
        var run = project.Run();

        EvolvingProject.AssertClean(run);
        var sqlite = MigrationRunner.Script(MigrationRunner.Load(run), "SQLite");
        Assert.Contains("\"balance\" TEXT NOT NULL DEFAULT '0'", sqlite, StringComparison.Ordinal);
        Assert.Contains("PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-'", sqlite, StringComparison.Ordinal);
        Assert.Contains("\"opened_at\" timestamptz NOT NULL DEFAULT now()", MigrationRunner.Script(MigrationRunner.Load(run), "PostgreSQL"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stored_forms_value_is_reported_at_the_file()
    {
        var project = new EvolvingProject().Schema("account.yaml", Account);
        project.AddFile("20260101000000_initial.yaml", "id: 20260101000000\ndescription: initial\nstored_forms: 4\nup: []\ndown: []\n");

        Assert.Contains("'stored_forms' of the migration must be a whole number from 2 to 3, not '4'.", Assert.Single(EvolvingProject.Messages(project.Run(), "BIAB105")), StringComparison.Ordinal);
    }
}
