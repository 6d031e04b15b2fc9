using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using Xunit;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>The live database read through the runtime's introspection, compared with what the build's manifest expects.</summary>
internal static class LiveShape
{
    public static DatabaseProvider Provider(AppUnderTest app) => app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>What the build's history replay says the database has at the head.</summary>
    public static DatabaseShape Expected(AppUnderTest app) => ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, Provider(app));

    /// <summary>The live database, its enum CHECKs told apart by the names the build's manifest gives them.</summary>
    public static async Task<DatabaseShape> ReadAsync(AppUnderTest app)
    {
        await using var connection = await app.Database.OpenAsync();
        return await SchemaReader.ReadAsync(connection, Provider(app), ManifestOwner.Find(app.Build.App).Manifest, CancellationToken.None);
    }

    public static async Task<IReadOnlyList<string>> DifferencesAsync(AppUnderTest app, DatabaseShape expected) =>
        ShapeComparison.Differences(expected, await ReadAsync(app));

    /// <summary>The live database equals the shape the history replay expects (key order and update actions included).</summary>
    public static async Task AssertExpectedAsync(AppUnderTest app, Action<DatabaseShape>? more = null)
    {
        var live = await ReadAsync(app);
        Assert.Empty(ShapeComparison.Differences(Expected(app), live));
        more?.Invoke(live);
    }
}
