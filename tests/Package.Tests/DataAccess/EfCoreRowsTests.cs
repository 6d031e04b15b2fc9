using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;
using BackendInABox.Tests.Shared;

namespace BackendInABox.Package.Tests.DataAccess;

/// <summary>
/// EF Core with nothing but <c>modelBuilder.ApplyBackendInABoxModel()</c>, in an app that consumes the packed package,
/// over the schema of every field type on databases our migrations made: every value reads back as written.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class EfCoreRowsTests(ConsumerFixture fixture)
{
    /// <summary>A zone with daylight saving time: a reading that depends on the session's or the machine's zone moves the times.</summary>
    private const string Zone = "Europe/Berlin";

    private static readonly Dictionary<string, string?> InZone = new() { ["TZ"] = Zone };

    [Fact]
    public async Task EF_Core_writes_reads_queries_updates_and_deletes_every_field_type_on_PostgreSQL_and_SQLite()
    {
        using var app = await RowsApp.CreateAsync(
            await fixture.FeedAsync(),
            EfCoreRowsApp.Packages,
            [("ShopContext.cs", EfCoreRowsApp.Context), ("Checks.cs", EfCoreRowsApp.Checks), ("CustomerAttributes.cs", EfCoreRowsApp.CustomerAttributes)],
            EfCoreRowsApp.Run,
            "Microsoft.EntityFrameworkCore");
        await using var postgres = await PostgresServer.CreateDatabaseAsync();
        var postgresConnection = postgres.ConnectionString + ";Timezone=" + Zone;
        var sqliteConnection = "Data Source=" + Path.Combine(app.Folder, "rows.db");

        (await app.RunAsync(["migrate", "up", "--connection", postgresConnection])).EnsureSuccess();
        (await app.RunAsync(["migrate", "up", "--connection", sqliteConnection])).EnsureSuccess();
        var onPostgres = await app.RunAsync(["postgres", postgresConnection], InZone);
        var onSqlite = await app.RunAsync(["sqlite", sqliteConnection], InZone);

        Assert.True(Passed(onPostgres) && Passed(onSqlite), $"PostgreSQL: {onPostgres.Describe()}\nSQLite: {onSqlite.Describe()}");
    }

    private static bool Passed(ProcessResult run) => run.ExitCode == 0 && run.Output.Contains("ROWS OK", StringComparison.Ordinal);
}
