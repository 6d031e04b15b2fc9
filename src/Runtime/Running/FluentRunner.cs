using System.Reflection;
using BackendInABox.Configuration;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Running;

/// <summary>FluentMigrator's runner over the app's generated migrations, for one database (or for none, to write SQL).</summary>
internal sealed class FluentRunner : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    private FluentRunner(ServiceProvider services, SqlLog log)
    {
        _services = services;
        _scope = services.CreateScope();
        Runner = _scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        Log = log;
    }

    public IMigrationRunner Runner { get; }

    public SqlLog Log { get; }

    /// <summary>A runner that executes against the database.</summary>
    public static FluentRunner Connected(DatabaseTarget target, Assembly app, SqlLog log) => Create(target.Provider, target.ConnectionString, app, log, startVersion: 0);

    /// <summary>
    /// A runner without a connection that only writes SQL; FluentMigrator then takes every migration before
    /// <paramref name="startVersion"/> as applied.
    /// </summary>
    public static FluentRunner Connectionless(DatabaseProvider provider, Assembly app, SqlLog log, long startVersion) => Create(provider, null, app, log, startVersion);

    /// <summary>Applies one migration in its own transaction (unless it opts out), recording its version inside it.</summary>
    public void ApplyUp(FluentMigrator.Infrastructure.IMigrationInfo migration) =>
        ((MigrationRunner)Runner).ApplyMigrationUp(migration, useTransaction: true);

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    private static FluentRunner Create(DatabaseProvider provider, string? connectionString, Assembly app, SqlLog log, long startVersion)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(r =>
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    r.AddPostgres();
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
            })
            .Configure<RunnerOptions>(o =>
            {
                o.NoConnection = connectionString is null;
                o.StartVersion = startVersion;
                o.TransactionPerSession = false;
            })
            .Configure<FluentMigratorLoggerOptions>(o =>
            {
                o.ShowSql = true;
                o.ShowElapsedTime = false;
            })
            .AddLogging(l => l.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Trace))
            .BuildServiceProvider();
        return new FluentRunner(services, log);
    }
}
