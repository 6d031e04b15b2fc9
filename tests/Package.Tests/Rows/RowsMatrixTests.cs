using BackendInABox.Package.Tests.Infrastructure;
using BackendInABox.Package.Tests.Package;

namespace BackendInABox.Package.Tests.Rows;

/// <summary>
/// Issue 20's matrix: {ADO.NET, Dapper} × {PostgreSQL, SQLite} over every field type, each library reading what each
/// wrote (by key and by foreign key), then updating and deleting; PostgreSQL's session is in Europe/Berlin, so an
/// instant read back equal was stored as an instant.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class RowsMatrixTests(ConsumerFixture fixture)
{
    private const string Summary = "2 libraries on {0}: ADO.NET, Dapper; 0 failure(s)";

    [Fact]
    public async Task Every_library_reads_back_equal_what_every_library_wrote_on_PostgreSQL_under_a_Berlin_session()
    {
        var app = await fixture.RowsAppAsync();
        await using var database = await PostgresServer.ReserveDatabaseAsync();
        (await app.MigrateAsync("init", "--connection", database.ConnectionString)).EnsureSuccess();

        var run = await app.RunRowsAsync("postgres", database.ConnectionString + ";Timezone=Europe/Berlin");

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

        var run = await app.RunRowsAsync("sqlite", connection);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, Summary, "sqlite"), run.Output, StringComparison.Ordinal);
    }
}
