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
/// An app that declares several databases reaches the others by name (<see cref="ForDatabase"/>).
/// </summary>
public sealed partial class AppDatabase
{
    private readonly Func<BuildManifest, DatabaseTarget> _resolve;

    private AppDatabase(ManifestOwner owner, BuildManifest manifest, Func<BuildManifest, DatabaseTarget> resolve)
    {
        Owner = owner;
        Manifest = manifest;
        _resolve = resolve;
        Target = resolve(manifest);
    }

    /// <summary>The app's database this is: "default", or a name its project file declares (BackendInABoxDatabase).</summary>
    public string Name => Manifest.Database;

    /// <summary>The names of the databases the app declares, in declaration order, "default" first.</summary>
    public IReadOnlyList<string> Databases => [.. Owner.Databases.Select(d => d.Database)];

    /// <summary>"PostgreSQL" or "SQLite".</summary>
    public string Provider => Target.ProviderName;

    /// <summary>The database for people to read, password masked.</summary>
    public string Description => Target.Describe();

    /// <summary>Where the connection came from ("DATABASE_URL", "ConnectionStrings:Default in appsettings.Development.json", ...).</summary>
    public string Source => Target.Source;

    internal DatabaseTarget Target { get; }

    internal ManifestOwner Owner { get; }

    internal BuildManifest Manifest { get; }

    /// <summary>
    /// Resolves the database for <paramref name="app"/> (default: the entry assembly, or under a test host the one
    /// project with a schema) as `migrate` does: the process environment, appsettings.json and
    /// appsettings.{Environment}.json, user secrets.
    /// </summary>
    /// <param name="connectionStringName">ConnectionStrings:{name} of the default database; default "Default", which also finds "DefaultConnection".</param>
    /// <param name="database">
    /// The app's database (default: "default"); another one's connection is {NAME}_DATABASE_URL, else
    /// ConnectionStrings:{name}, else the SQLite file {name}.db.
    /// </param>
    public static AppDatabase FromEnvironment(Assembly? app = null, string? connectionStringName = null, string? database = null)
    {
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        var environment = ProcessEnvironment.Read();
        var settings = ConnectionSettings.For(connectionStringName);
        return new AppDatabase(owner, owner.Database(database), m => ConnectionResolver.Resolve(null, environment, owner.Host, owner.HostProjectDirectory, Settings(owner, settings, m)));
    }

    /// <summary>The database a connection string (or postgres:// URL) names, checked as `--connection` is.</summary>
    /// <param name="database">The app's database whose migrations it holds (default: "default"); several may share one connection.</param>
    public static AppDatabase FromConnectionString(string connectionString, Assembly? app = null, string? database = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        var root = ContentRoot.For(owner.Host, owner.HostProjectDirectory);
        return new AppDatabase(owner, owner.Database(database), m => ConnectionResolver.Parse(connectionString, "the connection string passed to AppDatabase", root) with
        {
            Name = m.Database,
            Labelled = owner.Databases.Count > 1,
        });
    }

    /// <summary>
    /// The database the app's own configuration names: DATABASE_URL, else ConnectionStrings:{name} (default "Default",
    /// also "DefaultConnection"), else the embedded SQLite file; for another <paramref name="database"/>, as
    /// <see cref="FromEnvironment"/> says.
    /// </summary>
    public static AppDatabase FromConfiguration(IConfiguration configuration, string? connectionStringName = null, Assembly? app = null, string? database = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var owner = ManifestOwner.Find(app ?? Assembly.GetEntryAssembly());
        var environment = ProcessEnvironment.Read();
        var settings = ConnectionSettings.For(connectionStringName, configuration);
        return new AppDatabase(owner, owner.Database(database), m => ConnectionResolver.Resolve(null, environment, owner.Host, owner.HostProjectDirectory, Settings(owner, settings, m)));
    }

    /// <summary>
    /// Another of the app's databases, its connection found the same way as this one's (the same configuration, or the
    /// same connection string). An unknown name throws, naming the declared ones.
    /// </summary>
    public AppDatabase ForDatabase(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        BuildManifest manifest;
        try
        {
            manifest = Owner.Database(name.Trim());
        }
        catch (UserError e)
        {
            throw new ArgumentException(e.Message, nameof(name), e);
        }

        return new AppDatabase(Owner, manifest, _resolve);
    }

    /// <summary>Every database the app declares, in declaration order, this one's configuration resolving each.</summary>
    public IReadOnlyList<AppDatabase> All() => [.. Owner.Databases.Select(m => m.Database == Name ? this : new AppDatabase(Owner, m, _resolve))];

    /// <summary>The connection of the app's database <paramref name="database"/>, found as this one's was.</summary>
    internal DatabaseTarget TargetOf(string database) => database == Name ? Target : _resolve(Owner.Database(database));

    private static ConnectionSettings Settings(ManifestOwner owner, ConnectionSettings settings, BuildManifest manifest) =>
        settings.ForDatabase(manifest.Database, owner.Databases.Count > 1);

    /// <summary>A new, unopened connection (Npgsql or Microsoft.Data.Sqlite).</summary>
    public DbConnection CreateConnection() =>
        Target.Provider == DatabaseProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(Target.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(Target.ConnectionString);

    /// <summary>The newest migration of the build (null: it has none), which <see cref="PendingMigrationsAsync"/> compares with.</summary>
    public long? BuildMigration => Manifest.HeadId;

    /// <summary>
    /// The ids of the app's migrations the database has not applied (all of them when it does not exist yet), so an app
    /// can refuse to start on a database that is behind.
    /// </summary>
    public async Task<IReadOnlyList<long>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var manifest = Manifest;
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
