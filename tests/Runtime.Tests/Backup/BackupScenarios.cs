using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace BackendInABox.Runtime.Tests.Backup;

/// <summary>`migrate up --backup DIR` before a run that can lose data, restored into a fresh database with the rows it had.</summary>
public abstract class BackupScenarios
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A new database holding what the backup file holds.</summary>
    private protected abstract Task<TestDatabase> RestoreAsync(string backup);

    /// <summary>Customers and their orders with rows, then a migration that drops the orders table and a customer column.</summary>
    private protected static async Task<(AppUnderTest App, GeneratedMigration Drop)> DestructiveAsync(TestDatabase database, string backupDirectory)
    {
        var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.CustomerWithAge);
        await app.GenerateAsync("customers");
        app.WithSchema("order.yaml", Schemas.Order).Rebuild();
        await app.GenerateAsync("orders");
        (await app.MigrateAsync("up", "--backup", backupDirectory)).ShouldSucceed().ShouldContain("No pending migration can lose data: no backup written.");
        Assert.False(Directory.Exists(backupDirectory) && Directory.EnumerateFiles(backupDirectory).Any(), "No backup is written for a run that loses nothing.");
        await database.ExecuteAsync("INSERT INTO customers (id, email, age) VALUES (1, 'ada@example.com', 36), (2, 'grace@example.com', 85)");
        await database.ExecuteAsync("INSERT INTO orders (id, total, customer_id) VALUES (10, 5, 1)");

        app.App.DeleteSchema("order.yaml");
        app.WithSchema("customer.yaml", Schemas.Customer).Rebuild();
        var drop = await app.GenerateAsync("drop orders and age");
        return (app, drop);
    }

    /// <summary>
    /// Customers and the notes that refer to them (made by hand, outside the schema), with rows, then an `--empty`
    /// migration whose up is the hand-written <paramref name="up"/>.
    /// </summary>
    private protected static async Task<GeneratedMigration> CustomerNotesThenHandWrittenAsync(AppUnderTest app, string description, string up)
    {
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        await app.Database.ExecuteAsync("CREATE TABLE customer_notes (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), body text)");
        await app.Database.ExecuteAsync("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'grace@example.com')");
        await app.Database.ExecuteAsync("INSERT INTO customer_notes (id, customer_id, body) VALUES (10, 1, 'first'), (11, 2, 'second')");
        var step = await app.GenerateAsync(description, "--empty");
        var block = string.Concat(up.Split('\n').Select(line => "\n      " + line));
        File.WriteAllText(step.Path, step.Text.Replace("up: []", "up:\n  - sql: |" + block, StringComparison.Ordinal));
        app.Rebuild();
        return step;
    }

    [Fact]
    public async Task A_run_that_can_lose_data_writes_a_backup_first_that_restores_with_every_row()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        var (app, drop) = await DestructiveAsync(await CreateDatabaseAsync(), folder);
        await using (app)
        {
            var up = (await app.MigrateAsync("up", "--backup", folder)).ShouldSucceed()
                .ShouldContain("The pending run can lose data:")
                .ShouldContain($"  ! {drop.Id} (drop orders and age) drops table orders and all its rows")
                .ShouldContain($"  ! {drop.Id} (drop orders and age) drops column customers.age and its data");
            var backup = Assert.Single(Directory.GetFiles(folder));
            up.ShouldContain($"Backed up the database to {backup}");
            Assert.True(up.StandardOutput.IndexOf(backup, StringComparison.Ordinal) < up.StandardOutput.IndexOf($"applied {drop.Id}", StringComparison.Ordinal), "The backup comes before the migration.");
            Assert.False(await app.Database.TableExistsAsync("orders"));

            await using var restored = await RestoreAsync(backup);
            Assert.Equal(2, await restored.CountAsync("customers"));
            Assert.Equal(1, await restored.CountAsync("orders"));
            Assert.Equal(["36", "85"], await restored.ColumnValuesAsync("SELECT age FROM customers ORDER BY id"));
            Assert.DoesNotContain(drop.Id, await restored.AppliedVersionsAsync());
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task MigrateDatabaseAsync_with_a_BackupDirectory_writes_a_backup_before_a_run_that_can_lose_data()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        var (app, drop) = await DestructiveAsync(await CreateDatabaseAsync(), folder);
        await using (app)
        {
            using (var host = new StartupHost(app.Database.ConnectionString, options =>
            {
                options.AppAssembly = app.Build.App;
                options.BackupDirectory = folder;
            }))
            {
                await host.MigrateDatabaseAsync();
                var backup = Assert.Single(Directory.GetFiles(folder));
                Assert.Contains($"Backed up the database to {backup}", host.Output, StringComparison.Ordinal);
                Assert.True(host.Output.IndexOf(backup, StringComparison.Ordinal) < host.Output.IndexOf($"applied {drop.Id}", StringComparison.Ordinal), "The backup comes before the migration.");
            }

            Assert.False(await app.Database.TableExistsAsync("orders"));
            await using var restored = await RestoreAsync(Assert.Single(Directory.GetFiles(folder)));
            Assert.Equal(2, await restored.CountAsync("customers"));
            Assert.Equal(1, await restored.CountAsync("orders"));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_hand_written_sql_step_that_drops_a_table_is_warned_about_and_backed_up_before()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        await app.StartAsync();
        await app.Database.ExecuteAsync("CREATE TABLE legacy_notes (id integer PRIMARY KEY, body text)");
        await app.Database.ExecuteAsync("INSERT INTO legacy_notes (id, body) VALUES (1, 'keep me'), (2, 'and me')");
        var drop = await app.GenerateAsync("drop legacy notes", "--empty");
        File.WriteAllText(drop.Path, drop.Text
            .Replace("up: []", "up:\n  - sql: \"DROP TABLE legacy_notes -- its rows were copied elsewhere\"", StringComparison.Ordinal)
            .Replace("down: []", "down:\n  - sql: \"CREATE TABLE legacy_notes (id integer PRIMARY KEY, body text)\"", StringComparison.Ordinal));
        app.Rebuild();

        var up = (await app.MigrateAsync("up", "--backup", folder)).ShouldSucceed()
            .ShouldContain("The pending run can lose data:")
            .ShouldContain($"  ! {drop.Id} (drop legacy notes) hand-written SQL: DROP TABLE legacy_notes");
        var backup = Assert.Single(Directory.GetFiles(folder));
        up.ShouldContain($"Backed up the database to {backup}");
        Assert.False(await app.Database.TableExistsAsync("legacy_notes"));
        await using (var restored = await RestoreAsync(backup))
        {
            Assert.Equal(2, await restored.CountAsync("legacy_notes"));
        }

        (await app.MigrateAsync("down")).ShouldSucceed();
        (await app.MigrateAsync("up")).ShouldSucceed()
            .ShouldContain("WARNING: the pending run can lose data:")
            .ShouldContain($"  ! {drop.Id} (drop legacy notes) hand-written SQL: DROP TABLE legacy_notes");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Without_backup_up_says_that_the_run_can_lose_data_and_how_to_back_up_first()
    {
        var (app, drop) = await DestructiveAsync(await CreateDatabaseAsync(), Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]));
        await using (app)
        {
            (await app.MigrateAsync("up")).ShouldSucceed()
                .ShouldContain("WARNING: the pending run can lose data:")
                .ShouldContain($"  ! {drop.Id} (drop orders and age) drops table orders and all its rows")
                .ShouldContain("To back the database up first, run `dotnet run -- migrate up --backup <folder>`");
            Assert.False(await app.Database.TableExistsAsync("orders"));
        }
    }

    [Fact]
    public async Task A_first_run_on_an_empty_database_is_not_warned_and_writes_no_backup_since_it_drops_only_what_it_creates()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        var database = await CreateDatabaseAsync();
        await using var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.CustomerWithAge);
        await app.GenerateAsync("customers");
        app.WithSchema("customer.yaml", Schemas.Customer).Rebuild();
        await app.GenerateAsync("drop age");

        var up = (await app.MigrateAsync("up", "--backup", folder)).ShouldSucceed()
            .ShouldContain("No migration is applied yet, so what the pending run drops it creates first: no backup written.");
        Assert.DoesNotContain("can lose data", up.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), "No backup of an empty database.");

        (await app.MigrateAsync("down", "--to", "0")).ShouldSucceed();
        var again = (await app.MigrateAsync("up")).ShouldSucceed();
        Assert.DoesNotContain("can lose data", again.Output, StringComparison.Ordinal);
    }
}

public sealed class PostgresBackupTests : BackupScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();

    private protected override async Task<TestDatabase> RestoreAsync(string backup)
    {
        var fresh = await PostgresServer.CreateDatabaseAsync();
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(fresh.ConnectionString);
        var start = new System.Diagnostics.ProcessStartInfo("pg_restore") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--no-owner", "-d", fresh.Name, backup })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "pg_restore failed: " + error);
        return fresh;
    }

    [Fact]
    public async Task A_DO_block_that_deletes_runs_now_so_it_is_warned_about_and_backed_up_before_while_a_function_body_is_not()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        var prune = await CustomerNotesThenHandWrittenAsync(app, "prune notes", """
            CREATE FUNCTION forget_notes() RETURNS void LANGUAGE plpgsql AS $$ BEGIN TRUNCATE customer_notes; END $$;
            DO $$
            BEGIN
              DELETE FROM customer_notes WHERE body = 'first';
            END
            $$;
            """);

        var up = (await app.MigrateAsync("up", "--backup", folder)).ShouldSucceed()
            .ShouldContain("The pending run can lose data:")
            .ShouldContain($"  ! {prune.Id} (prune notes) hand-written SQL: DELETE FROM customer_notes")
            .ShouldNotContain("TRUNCATE");
        var backup = Assert.Single(Directory.GetFiles(folder));
        up.ShouldContain($"Backed up the database to {backup}");
        Assert.Equal(["second"], await app.Database.ColumnValuesAsync("SELECT body FROM customer_notes ORDER BY id"));
        await using (var restored = await RestoreAsync(backup))
        {
            Assert.Equal(["first", "second"], await restored.ColumnValuesAsync("SELECT body FROM customer_notes ORDER BY id"));
            Assert.Equal(2, await restored.CountAsync("customers"));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Without_pg_dump_on_the_PATH_backup_is_an_error_before_anything_changes()
    {
        var (app, drop) = await DestructiveAsync(await CreateDatabaseAsync(), Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]));
        await using (app)
        {
            var before = await app.Database.AppliedVersionsAsync();
            var environment = new Dictionary<string, string?> { ["PATH"] = app.App.Directory };
            (await Migrate.RunWithArgumentsAsync(app.Build, ["up", "--backup", Path.Combine(app.App.Directory, "backups"), "--connection", app.Database.ConnectionString], environment))
                .ShouldFail(1).ShouldHaveNoStackTrace()
                .ShouldContain("--backup needs pg_dump, and there is none on the PATH; no migration ran.");
            Assert.Equal(before, await app.Database.AppliedVersionsAsync());
            Assert.Equal(1, await app.Database.CountAsync("orders"));
            Assert.DoesNotContain(drop.Id, await app.Database.AppliedVersionsAsync());
        }
    }
}

public sealed class SqliteBackupTests : BackupScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());

    private protected override Task<TestDatabase> RestoreAsync(string backup)
    {
        var fresh = new SqliteDatabase();
        File.Copy(backup, fresh.FilePath);
        return Task.FromResult<TestDatabase>(fresh);
    }

    [Fact]
    public async Task A_trigger_whose_body_deletes_is_not_data_loss_since_it_runs_only_when_the_trigger_fires()
    {
        var folder = Path.Combine(Path.GetTempPath(), "biab-backups", Guid.NewGuid().ToString("N")[..12]);
        await using var app = new AppUnderTest(await CreateDatabaseAsync());
        await CustomerNotesThenHandWrittenAsync(app, "notes go with their customer", """
            CREATE TRIGGER trg_customer_notes_follow AFTER DELETE ON customers
            BEGIN
              DELETE FROM customer_notes WHERE customer_id = OLD.id;
            END;
            """);

        (await app.MigrateAsync("up", "--backup", folder)).ShouldSucceed()
            .ShouldContain("No pending migration can lose data: no backup written.")
            .ShouldNotContain("The pending run can lose data");
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), "No backup for a trigger that has not fired.");
        Assert.Equal(["first", "second"], await app.Database.ColumnValuesAsync("SELECT body FROM customer_notes ORDER BY id"));

        await app.Database.ExecuteAsync("DELETE FROM customers WHERE id = 1");
        Assert.Equal(["second"], await app.Database.ColumnValuesAsync("SELECT body FROM customer_notes ORDER BY id"));
    }
}
