using System.Data.Common;
using System.Reflection;
using BackendInABox.Configuration;
using BackendInABox.Database;
using BackendInABox.Manifest;
using BackendInABox.Running;

namespace BackendInABox;

/// <summary>
/// The database the app's `migrate` commands work on, for the app itself: found the same way (DATABASE_URL,
/// ConnectionStrings:Default, else the embedded SQLite file), so the app and its migrations never disagree.
/// </summary>
public sealed class AppDatabase
{
    private readonly DatabaseTarget _target;
    private readonly BuildManifest _manifest;

    private AppDatabase(DatabaseTarget target, BuildManifest manifest)
    {
        _target = target;
        _manifest = manifest;
    }

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Provider => _target.ProviderName;

    /// <summary>The database for people to read, password masked.</summary>
    public string Description => _target.Describe();

    /// <summary>Resolves the database for <paramref name="app"/> (default: the entry assembly) from the process environment.</summary>
    public static AppDatabase FromEnvironment(Assembly? app = null)
    {
        app ??= Assembly.GetEntryAssembly();
        var manifest = BuildManifest.Load(app);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value;
        }

        return new AppDatabase(ConnectionResolver.Resolve(null, environment, app, manifest.ProjectDirectory), manifest);
    }

    /// <summary>A new, unopened connection (Npgsql or Microsoft.Data.Sqlite).</summary>
    public DbConnection CreateConnection() =>
        _target.Provider == DatabaseProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(_target.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(_target.ConnectionString);

    /// <summary>
    /// The ids of the app's migrations the database has not applied (all of them when it does not exist yet), so an app
    /// can refuse to start on a database that is behind.
    /// </summary>
    public async Task<IReadOnlyList<long>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var driver = DatabaseDriver.For(_target);
        if (!await driver.ExistsAsync(cancellationToken))
        {
            return [.. _manifest.Migrations.Select(m => m.Id).Order()];
        }

        await using var connection = await driver.OpenAsync(cancellationToken);
        var applied = (await new HistoryTable(_target, connection).AppliedAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        return [.. _manifest.Migrations.Select(m => m.Id).Where(id => !applied.Contains(id)).Order()];
    }
}
