using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Rows;

/// <summary>
/// Issue 20's matrix: {ADO.NET, Dapper, EF Core} × {PostgreSQL, SQLite} over every field type, each library reading
/// what each wrote (by key and by foreign key), then updating and deleting; PostgreSQL's session and the app's process
/// are in Europe/Berlin, so an instant read back equal was stored as an instant.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class RowsMatrixTests(ConsumerFixture fixture)
{
    private const string Summary = "3 libraries on {0}: ADO.NET, Dapper, EF Core; 0 failure(s)";

    private const string Zone = "Europe/Berlin";

    [Fact]
    public async Task Every_library_reads_back_equal_what_every_library_wrote_on_PostgreSQL_under_a_Berlin_session()
    {
        var app = await fixture.RowsAppAsync();
        await using var database = await PostgresServer.ReserveDatabaseAsync();
        (await app.MigrateAsync("init", "--connection", database.ConnectionString)).EnsureSuccess();

        var run = await app.RunRowsAsync("postgres", database.ConnectionString + ";Timezone=" + Zone, Zone);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, Summary, "postgres"), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_library_reads_back_equal_what_every_library_wrote_on_SQLite()
    {
        var app = await fixture.RowsAppAsync();
        using var folder = new TempDirectory("rows-sqlite");
        var connection = $"Data Source={folder.File("rows.db")}";
        (await app.MigrateAsync("init", "--connection", connection)).EnsureSuccess();

        var run = await app.RunRowsAsync("sqlite", connection, Zone);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, Summary, "sqlite"), run.Output, StringComparison.Ordinal);
    }
}
