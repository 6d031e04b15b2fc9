using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
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
    /// <summary>
    /// Per schema: the fewest columns, keys/constraints/indexes and tables that must be exact, and the most rows either
    /// dialect may reject. Today's figures: raise them (one line per schema) when a feature makes more of an original exact.
    /// </summary>
    private static readonly Dictionary<string, Floors> FloorsBySchema = new()
    {
        ["Chinook"] = new(Columns: 64, Objects: 32, Tables: 11, RejectedPostgres: 0, RejectedSqlite: 0),
        ["Pagila"] = new(Columns: 44, Objects: 25, Tables: 8, RejectedPostgres: 0, RejectedSqlite: 0),
        ["Documenso"] = new(Columns: 57, Objects: 30, Tables: 8, RejectedPostgres: 0, RejectedSqlite: 0),
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

        // The original is read with the port's manifest, so a CHECK the port's enum would have is told apart alike on both.
        var built = ManifestOwner.Find(postgres.Build.App).Manifest;
        var originalShape = await ShapeAsync(original, built);
        var portShape = await ShapeAsync(postgres.Database, built);
        var findings = SchemaComparison.Compare(originalShape, portShape);
        var rowsPostgres = await RowCopy.CopyAsync(original, originalShape, postgres.Database, portShape);
        var rowsSqlite = await RowCopy.CopyAsync(original, originalShape, sqlite.Database, await ShapeAsync(sqlite.Database, built));
        output.WriteLine(findings.Describe(schema, rowsPostgres, rowsSqlite));

        var floors = FloorsBySchema[schema];
        Assert.True(rowsPostgres.Offered > 0, "The original has no rows to copy.");
        AssertAtLeast("columns", findings.Columns, floors.Columns);
        AssertAtLeast("keys, constraints and indexes", findings.Objects, floors.Objects);
        AssertAtLeast("tables", findings.Tables, floors.Tables);
        Assert.True(rowsPostgres.Rejected.Count <= floors.RejectedPostgres, $"{rowsPostgres.Rejected.Count} rows rejected on PostgreSQL, at most {floors.RejectedPostgres} allowed.");
        Assert.True(rowsSqlite.Rejected.Count <= floors.RejectedSqlite, $"{rowsSqlite.Rejected.Count} rows rejected on SQLite, at most {floors.RejectedSqlite} allowed.");
        Assert.True(rowsPostgres.Changed.Count == 0, "Rows the port stores differently:\n" + string.Join("\n", rowsPostgres.Changed));
    }

    /// <summary>The comparison finds nothing where there is nothing to find: an original beside a second copy of itself is exact throughout.</summary>
    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task An_original_compared_with_a_copy_of_itself_is_exact(string schema)
    {
        var folder = Repository.PathOf("tests", "Runtime.Tests", "RealSchemas", schema);
        await using var original = await PostgresServer.CreateDatabaseAsync();
        await using var copy = await PostgresServer.CreateDatabaseAsync();
        await original.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(folder, "original.sql")));
        await copy.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(folder, "original.sql")));
        await original.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(folder, "rows.sql")));

        var originalShape = await ShapeAsync(original);
        var findings = SchemaComparison.Compare(originalShape, await ShapeAsync(copy));
        var rows = await RowCopy.CopyAsync(original, originalShape, copy, await ShapeAsync(copy));

        Assert.DoesNotContain(findings.Tables.Concat(findings.Columns).Concat(findings.Objects).Concat(findings.Types), f => !f.Exact);
        Assert.Empty(findings.Extras);
        Assert.Empty(findings.Outside);
        Assert.Equal(findings.Tables.Count, originalShape.Tables.Count);
        Assert.Empty(rows.Rejected);
        Assert.Empty(rows.Dropped);
        Assert.Empty(rows.Changed);
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

    private static async Task<DatabaseShape> ShapeAsync(TestDatabase database, BuildManifest? built = null)
    {
        await using var connection = await database.OpenAsync();
        var provider = database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        return built is null
            ? await SchemaReader.ReadAsync(connection, provider, CancellationToken.None)
            : await SchemaReader.ReadAsync(connection, provider, built, CancellationToken.None);
    }

    private static void AssertAtLeast(string what, IReadOnlyList<Finding> findings, int floor)
    {
        var exact = findings.Count(f => f.Exact);
        Assert.True(exact >= floor, string.Create(CultureInfo.InvariantCulture, $"{exact} of {findings.Count} {what} exact, below the floor of {floor}."));
    }

    private sealed record Floors(int Columns, int Objects, int Tables, int RejectedPostgres, int RejectedSqlite);
}
