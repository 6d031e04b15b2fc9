using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using BackendInABox.Configuration;
using BackendInABox.Manifest;
using FluentMigrator.Infrastructure;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.Processors;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackendInABox.Running;

/// <summary>FluentMigrator's runner over the app's generated migrations, for one database (or for none, to write SQL).</summary>
internal sealed class FluentRunner : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    /// <summary>What the runner sets around a migration that rebuilds SQLite tables; `migrate script` writes the same.</summary>
    public const string ForeignKeysOff = "PRAGMA foreign_keys = OFF", ForeignKeysOn = "PRAGMA foreign_keys = ON";

    private readonly DatabaseProvider _provider;

    private FluentRunner(ServiceProvider services, SqlLog log, DatabaseProvider provider)
    {
        _services = services;
        _provider = provider;
        _scope = services.CreateScope();
        Runner = _scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        Log = log;
    }

    public IMigrationRunner Runner { get; }

    public SqlLog Log { get; }

    /// <summary>A runner that executes against the database, whose tables are in <paramref name="schema"/> (<see cref="CurrentSchema"/>).</summary>
    public static FluentRunner Connected(DatabaseTarget target, string schema, Assembly app, BuildManifest manifest, SqlLog log) =>
        Create(target.Provider, target.ConnectionString, schema, app, manifest, log, startVersion: 0);

    /// <summary>
    /// A runner without a connection that only writes SQL; FluentMigrator then takes every migration before
    /// <paramref name="startVersion"/> as applied.
    /// </summary>
    public static FluentRunner Connectionless(DatabaseProvider provider, Assembly app, BuildManifest manifest, SqlLog log, long startVersion) =>
        Create(provider, null, string.Empty, app, manifest, log, startVersion);

    /// <summary>
    /// Applies one migration in its own transaction, recording its version and file hash inside it; a migration with
    /// <c>transaction: false</c> runs its statements without one.
    /// </summary>
    public void ApplyUp(IMigrationInfo info, ManifestMigration migration)
    {
        using (SqliteForeignKeysOff(migration))
        {
            ((MigrationRunner)Runner).ApplyMigrationUp(info, useTransaction: migration.Transaction);
        }
    }

    /// <summary>Rolls back one migration, in its own transaction unless it has <c>transaction: false</c>.</summary>
    public void ApplyDown(IMigrationInfo info, ManifestMigration migration)
    {
        using (SqliteForeignKeysOff(migration))
        {
            ((MigrationRunner)Runner).ApplyMigrationDown(info, useTransaction: migration.Transaction);
        }
    }

    /// <summary>
    /// SQLite's table rebuild needs foreign keys off, or dropping the old table deletes or unlinks the rows that refer
    /// to it. The pragma is a no-op inside a transaction, so it is set on FluentMigrator's connection between migrations;
    /// the migration itself ends with a foreign key check, and the setting the connection had is restored after.
    /// </summary>
    private Restore? SqliteForeignKeysOff(ManifestMigration migration)
    {
        if (!TurnsForeignKeysOff(_provider, migration))
        {
            return null;
        }

        var processor = Runner.Processor;
        var enabled = Convert.ToInt64(processor.Read("PRAGMA foreign_keys").Tables[0].Rows[0][0], System.Globalization.CultureInfo.InvariantCulture) == 1;
        if (!enabled)
        {
            return null;
        }

        processor.Execute(ForeignKeysOff);
        return new Restore(() =>
        {
            var last = Log.LastStatement;
            processor.Execute(ForeignKeysOn);
            Log.Restore(last);
        });
    }

    public static bool TurnsForeignKeysOff(DatabaseProvider provider, ManifestMigration migration) =>
        provider == DatabaseProvider.Sqlite && migration.SqliteRebuilds;

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    // FluentMigrator's processors find the ADO.NET provider by type name and read its static Instance field, which a
    // trimmed publish would have dropped, since nothing names these types otherwise.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicConstructors, typeof(Microsoft.Data.Sqlite.SqliteFactory))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicConstructors, typeof(Npgsql.NpgsqlFactory))]
    private static FluentRunner Create(DatabaseProvider provider, string? connectionString, string schema, Assembly app, BuildManifest manifest, SqlLog log, long startVersion)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(r =>
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    r.AddPostgres();
                    r.Services.AddScoped<FluentMigrator.Runner.Generators.Postgres.PostgresQuoter>(sp => new CurrentSchemaQuoter(
                        sp.GetRequiredService<IOptions<FluentMigrator.Runner.Processors.Postgres.PostgresOptions>>(),
                        sp.GetRequiredService<IVersionTableMetaData>()));
                }
                else
                {
                    r.AddSQLite();
                }

                if (connectionString is null)
                {
                    r.AsGlobalPreview();
                }
                else
                {
                    r.WithGlobalConnectionString(connectionString);
                }

                r.ScanIn(app).For.Migrations();
                r.WithVersionTable(new DatabaseVersionTable(manifest.Database, schema));
            })
            .Configure<RunnerOptions>(o =>
            {
                o.NoConnection = connectionString is null;
                o.StartVersion = startVersion;
                o.TransactionPerSession = false;
            })
            .Configure<TypeFilterOptions>(o =>
            {
                // Each database's migration classes have a namespace of their own; the app holds every database's.
                if (manifest.MigrationsNamespace.Length > 0)
                {
                    o.Namespace = manifest.MigrationsNamespace;
                    o.NestedNamespaces = false;
                }
            })
            .Configure<FluentMigratorLoggerOptions>(o =>
            {
                o.ShowSql = true;
                o.ShowElapsedTime = false;
            })
            .AddLogging(l => l.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Trace))
            .AddScoped<IVersionLoader>(sp => new RecordingVersionLoader(
                sp.GetRequiredService<IOptions<RunnerOptions>>().Value.NoConnection
                    ? ActivatorUtilities.CreateInstance<ConnectionlessVersionLoader>(sp)
                    : ActivatorUtilities.CreateInstance<VersionLoader>(sp),
                sp.GetRequiredService<IProcessorAccessor>().Processor,
                manifest.Migrations.ToDictionary(m => m.Id),
                Shared.RunnerTables.FilesOf(manifest.Database)))
            .BuildServiceProvider();
        return new FluentRunner(services, log, provider);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
