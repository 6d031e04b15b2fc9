using System.Diagnostics;
using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>
/// What `migrate script` prints is what a DBA runs instead of `migrate up`: run through psql on a fresh database, it
/// must leave exactly the database `migrate up` makes (schema as pg_dump writes it, and the runner's history), for a
/// history with type changes, renames, enum changes of both kinds and a serial key.
/// </summary>
public sealed class PostgresScriptReplayTests
{
    private static string Author(string table = "authors", string key = "integer", string statuses = "active, retired") => $$"""
        name: Author
        table: {{table}}
        fields:
          id:     { type: {{key}}, primary: true, identity: serial }
          name:   { type: string, max_length: 50, required: true }
          status: { type: enum, values: [{{statuses}}], required: true, default: active }
        """;

    private static string Book(string title = "title:  { type: string, max_length: 50, required: true }", string pages = "integer", string genres = "novel, poem") => $$"""
        name: Book
        table: books
        fields:
          id:     { type: integer, primary: true }
          {{title}}
          genre:  { type: enum, values: [{{genres}}], required: true, default: novel, native: book_genre }
          author: { type: ref, target: Author, required: true, on_delete: cascade }
          pages:  { type: {{pages}} }
        """;

    [Fact]
    public async Task The_printed_script_run_by_psql_on_a_fresh_database_makes_the_database_migrate_up_makes()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("author.yaml", Author()).WithSchema("book.yaml", Book());
        await app.GenerateAsync("initial schema");

        app.WithSchema("author.yaml", Author(key: "bigint", statuses: "active, retired, banned"))
            .WithSchema("book.yaml", Book(pages: "bigint", genres: "poem, novel"));
        app.Rebuild();
        await app.GenerateAsync("wider types and other labels");

        app.WithSchema("book.yaml", Book(pages: "bigint", genres: "poem, novel, essay"));
        app.Rebuild();
        var labels = await app.GenerateAsync("an essay genre");
        Assert.Contains("transaction: false", labels.Text, StringComparison.Ordinal);

        var renameId = MigrationFile.After(labels.Id, 1);
        app.App.WithMigration($"{renameId}_rename_authors.yaml", MigrationFile.Text(
            renameId, "rename authors", labels.Id,
            up: "  - rename_table: { table: authors, to: writers }\n",
            down: "  - rename_table: { table: writers, to: authors }\n"));
        app.WithSchema("author.yaml", Author(table: "writers", key: "bigint", statuses: "active, retired, banned"))
            .WithSchema("book.yaml", Book(title: "heading: { type: string, max_length: 200, required: true, renamed_from: title }", pages: "bigint", genres: "poem, novel, essay"));
        app.Rebuild();
        await app.GenerateAsync("a longer heading");
        Assert.Empty(app.Build.PendingChangeWarnings);

        var script = (await app.MigrateAsync("script")).ShouldSucceed().StandardOutput;
        Assert.Contains("ALTER TABLE \"books\" ALTER COLUMN \"pages\" TYPE bigint USING pages::bigint;", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"public\".", script, StringComparison.Ordinal);
        await RunPsqlAsync((PostgresDatabase)app.Database, script);

        await using var migrated = await PostgresServer.CreateDatabaseAsync();
        (await Migrate.RunAsync(app.Build, migrated, "up")).ShouldSucceed();

        var scripted = (PostgresDatabase)app.Database;
        Assert.Equal(await SchemaDumpAsync(migrated), await SchemaDumpAsync(scripted));
        Assert.Equal(await HistoryAsync(migrated), await HistoryAsync(scripted));
        Assert.Equal(5, (await HistoryAsync(scripted)).Count);
        await LiveShape.AssertExpectedAsync(app);
        (await app.MigrateAsync("status")).ShouldSucceed();

        await scripted.ExecuteAsync("INSERT INTO writers (name) VALUES ('Ann')");
        await scripted.ExecuteAsync("INSERT INTO books (id, heading, genre, author_id) VALUES (1, 'Odes', 'essay', 1)");
        Assert.Equal(["1|Odes|essay|1|"], await scripted.ColumnValuesAsync(
            "SELECT id || '|' || heading || '|' || genre || '|' || author_id || '|' || COALESCE(CAST(pages AS TEXT), '') FROM books"));
    }

    private static async Task RunPsqlAsync(PostgresDatabase database, string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"biab-script-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var (exit, output) = await RunAsync(database, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.Name, "-f", file);
            Assert.True(exit == 0, $"psql stopped at an error (exit {exit}):\n{output}\n--- script ---\n{script}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> SchemaDumpAsync(PostgresDatabase database)
    {
        var (exit, output) = await RunAsync(database, "pg_dump", "--schema-only", "--no-owner", "-d", database.Name);
        Assert.True(exit == 0, "pg_dump failed: " + output);

        // pg_dump guards its output with a random \restrict key each time.
        return string.Join("\n", output.Split('\n').Where(l => !l.StartsWith("\\restrict", StringComparison.Ordinal) && !l.StartsWith("\\unrestrict", StringComparison.Ordinal)));
    }

    /// <summary>The runner's records (when a migration ran left out: the two runs are at different times).</summary>
    private static async Task<IReadOnlyList<string?>> HistoryAsync(PostgresDatabase database) =>
        await database.ColumnValuesAsync(
            "SELECT v.\"Version\" || ' ' || v.\"Description\" || ' ' || f.sha256 || ' ' || f.state FROM \"VersionInfo\" v JOIN biab_migration_files f ON f.version = v.\"Version\" ORDER BY 1");

    private static async Task<(int Exit, string Output)> RunAsync(PostgresDatabase database, string program, params string[] arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
