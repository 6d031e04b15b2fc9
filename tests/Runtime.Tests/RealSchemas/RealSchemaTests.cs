using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace BackendInABox.Runtime.Tests.RealSchemas;

/// <summary>
/// Real public schemas, each loaded from its original DDL beside the database our YAML port of it generates, compared
/// through PostgreSQL's catalogs, and its rows copied into the port on both dialects. The report is printed
/// (`--logger "console;verbosity=detailed"`); the figures must not fall below the floors, which are today's reach
/// and rise as the format learns what the originals say.
/// </summary>
public sealed class RealSchemaTests(ITestOutputHelper output)
{
    /// <summary>Per schema: the least share of columns, of keys/constraints/indexes and of tables exact, and the most rows rejected per dialect.</summary>
    private static readonly Dictionary<string, Floors> FloorsBySchema = new()
    {
        ["Chinook"] = new(Columns: 0.00, Objects: 0.00, Tables: 0.00, RejectedPostgres: 99, RejectedSqlite: 99),
        ["Pagila"] = new(Columns: 0.00, Objects: 0.00, Tables: 0.00, RejectedPostgres: 99, RejectedSqlite: 99),
        ["Documenso"] = new(Columns: 0.00, Objects: 0.00, Tables: 0.00, RejectedPostgres: 99, RejectedSqlite: 99),
    };

    public static TheoryData<string> Schemas => [.. FloorsBySchema.Keys];

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task The_port_of_a_real_schema_keeps_to_its_floors(string schema)
    {
        var folder = Repository.PathOf("tests", "Runtime.Tests", "RealSchemas", schema);
        await using var original = await PostgresServer.CreateDatabaseAsync();
        await original.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(folder, "original.sql")));
        await original.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(folder, "rows.sql")));
        await using var postgres = await StartPortAsync(folder, await PostgresServer.CreateDatabaseAsync());
        await using var sqlite = await StartPortAsync(folder, new SqliteDatabase());

        var originalShape = await ShapeAsync(original);
        var portShape = await ShapeAsync(postgres.Database);
        var findings = SchemaComparison.Compare(originalShape, portShape);
        var rowsPostgres = await RowCopy.CopyAsync(original, originalShape, postgres.Database, portShape);
        var rowsSqlite = await RowCopy.CopyAsync(original, originalShape, sqlite.Database, await ShapeAsync(sqlite.Database));
        output.WriteLine(findings.Describe(schema, rowsPostgres, rowsSqlite));

        var floors = FloorsBySchema[schema];
        Assert.True(rowsPostgres.Offered > 0, "The original has no rows to copy.");
        AssertAtLeast("columns exact", findings.ColumnsExact, floors.Columns);
        AssertAtLeast("keys, constraints and indexes exact", findings.ObjectsExact, floors.Objects);
        AssertAtLeast("tables exact", findings.TablesExact, floors.Tables);
        Assert.True(rowsPostgres.Rejected.Count <= floors.RejectedPostgres, $"{rowsPostgres.Rejected.Count} rows rejected on PostgreSQL, at most {floors.RejectedPostgres} allowed.");
        Assert.True(rowsSqlite.Rejected.Count <= floors.RejectedSqlite, $"{rowsSqlite.Rejected.Count} rows rejected on SQLite, at most {floors.RejectedSqlite} allowed.");
    }

    private static async Task<AppUnderTest> StartPortAsync(string folder, TestDatabase database)
    {
        var app = new AppUnderTest(database);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "schema"), "*.yaml"))
        {
            app.WithSchema(Path.GetFileName(file), await File.ReadAllTextAsync(file));
        }

        await app.StartAsync();
        return app;
    }

    private static async Task<DatabaseShape> ShapeAsync(TestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var provider = database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        return await SchemaReader.ReadAsync(connection, provider, CancellationToken.None);
    }

    private static void AssertAtLeast(string figure, double actual, double floor) =>
        Assert.True(actual >= floor, string.Create(CultureInfo.InvariantCulture, $"{figure}: {actual:P1}, below the floor of {floor:P1}."));

    private sealed record Floors(double Columns, double Objects, double Tables, int RejectedPostgres, int RejectedSqlite);
}
