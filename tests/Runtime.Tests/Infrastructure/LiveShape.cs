using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using Xunit;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>The live database read through the runtime's introspection, compared with what the build's manifest expects.</summary>
internal static class LiveShape
{
    /// <summary>The live database equals the shape the history replay expects (key order and update actions included).</summary>
    public static async Task AssertExpectedAsync(AppUnderTest app, Action<DatabaseShape>? more = null)
    {
        var provider = app.Database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        await using var connection = await app.Database.OpenAsync();
        var live = await SchemaReader.ReadAsync(connection, provider, CancellationToken.None);
        Assert.Empty(ShapeComparison.Differences(ExpectedShape.Of(ManifestOwner.Find(app.Build.App).Manifest, provider), live));
        more?.Invoke(live);
    }
}
