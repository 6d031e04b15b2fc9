using System.Data.Common;
using System.Reflection;
using BackendInABox.Configuration;
using BackendInABox.Database;
using BackendInABox.Manifest;
using BackendInABox.Running;
using Microsoft.Extensions.Configuration;

namespace BackendInABox;

/// <summary>
/// The database the app's `migrate` commands work on, for the app itself: found the same way (DATABASE_URL,
/// ConnectionStrings:Default or DefaultConnection, else the embedded SQLite file), with the same build manifest (the
/// app's, or that of the project it references that owns the schema), so the app and its migrations never disagree.
/// </summary>
public sealed partial class AppDatabase
{
    private AppDatabase(DatabaseTarget target, ManifestOwner owner)
    {
        Target = target;
        Owner = owner;
    }

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Provider => Target.ProviderName;

    /// <summary>The database for people to read, password masked.</summary>
    public string Description => Target.Describe();

    /// <summary>Where the connection came from ("DATABASE_URL", "ConnectionStrings:Default in appsettings.Development.json", ...).</summary>
    public string Source => Target.Source;

    internal DatabaseTarget Target { get; }

    internal ManifestOwner Owner { get; }

    /// <summary>
    /// Resolves the database for <paramref name="app"/> (default: the entry assembly, or under a test host the one
    /// project with a schema) as `migrate` does: the process environment, appsettings.json and
    /// appsettings.{Environment}.json, user secrets.
    /// </summary>
    /// <param name="connectionStringName">ConnectionStrings:{name}; default "Default", which also finds "DefaultConnection".</param>
    public static AppDatabase FromEnvironment(Assembly? app = null, string? connectionStringName = null)
    {
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        var target = ConnectionResolver.Resolve(null, ProcessEnvironment.Read(), owner.Host, owner.HostProjectDirectory, ConnectionSettings.For(connectionStringName));
        return new AppDatabase(target, owner);
    }

    /// <summary>The database a connection string (or postgres:// URL) names, checked as `--connection` is.</summary>
    public static AppDatabase FromConnectionString(string connectionString, Assembly? app = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        return new AppDatabase(ConnectionResolver.Parse(connectionString, "the connection string passed to AppDatabase", ContentRoot.For(owner.Host, owner.HostProjectDirectory)), owner);
    }

    /// <summary>
    /// The database the app's own configuration names: DATABASE_URL, else ConnectionStrings:{name} (default "Default",
    /// also "DefaultConnection"), else the embedded SQLite file.
    /// </summary>
    public static AppDatabase FromConfiguration(IConfiguration configuration, string? connectionStringName = null, Assembly? app = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        var target = ConnectionResolver.Resolve(null, ProcessEnvironment.Read(), owner.Host, owner.HostProjectDirectory, ConnectionSettings.For(connectionStringName, configuration));
        return new AppDatabase(target, owner);
    }

    /// <summary>A new, unopened connection (Npgsql or Microsoft.Data.Sqlite).</summary>
    public DbConnection CreateConnection() =>
        Target.Provider == DatabaseProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(Target.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(Target.ConnectionString);

    /// <summary>The newest migration of the build (null: it has none), which <see cref="PendingMigrationsAsync"/> compares with.</summary>
    public long? BuildMigration => Owner.Manifest.HeadId;

    /// <summary>
    /// The ids of the app's migrations the database has not applied (all of them when it does not exist yet), so an app
    /// can refuse to start on a database that is behind.
    /// </summary>
    public async Task<IReadOnlyList<long>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var manifest = Owner.Manifest;
        var driver = DatabaseDriver.For(Target);
        if (!await driver.ExistsAsync(cancellationToken))
        {
            return [.. manifest.Migrations.Select(m => m.Id).Order()];
        }

        await using var connection = await driver.OpenAsync(cancellationToken);
        var applied = (await new HistoryTable(Target, connection).AppliedAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        return [.. manifest.Migrations.Select(m => m.Id).Where(id => !applied.Contains(id)).Order()];
    }
}
