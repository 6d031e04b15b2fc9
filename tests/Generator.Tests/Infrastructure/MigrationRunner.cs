using System.Reflection;
using System.Runtime.Loader;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the migration classes the generator produced through FluentMigrator itself: without a connection to see the
/// SQL each dialect's generator writes (reviewed as snapshots), or against a real SQLite file.
/// </summary>
internal static class MigrationRunner
{
    public static Assembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, "The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("migrations-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The SQL of migrating all the way up, then all the way down, as FluentMigrator's generator for the dialect writes it.</summary>
    public static string Script(Assembly assembly, string dialect)
    {
        var sql = new SqlCapture();
        sql.Section("up");
        using (var services = Services(assembly, dialect, connectionString: null, sql, startVersion: 0))
        {
            services.GetRequiredService<IMigrationRunner>().MigrateUp();
        }

        // Without a connection FluentMigrator takes every migration up to StartVersion as applied.
        var newest = assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<FluentMigrator.MigrationAttribute>()?.Version ?? 0)
            .Max();
        sql.Section("down");
        using (var services = Services(assembly, dialect, connectionString: null, sql, startVersion: newest + 1))
        {
            services.GetRequiredService<IMigrationRunner>().MigrateDown(0);
        }

        return sql.ToString();
    }

    /// <summary>Applies every migration to a real SQLite database, optionally with some SQL in between (e.g. inserting rows).</summary>
    public static void UpSqlite(Assembly assembly, string path, long? version = null)
    {
        using var services = Services(assembly, "SQLite", SqliteConnection(path), new SqlCapture());
        var runner = services.GetRequiredService<IMigrationRunner>();
        if (version is { } v)
        {
            runner.MigrateUp(v);
        }
        else
        {
            runner.MigrateUp();
        }
    }

    public static void DownSqlite(Assembly assembly, string path, long version)
    {
        using var services = Services(assembly, "SQLite", SqliteConnection(path), new SqlCapture());
        services.GetRequiredService<IMigrationRunner>().MigrateDown(version);
    }

    /// <summary>
    /// Foreign keys off, as the runtime's runner switches them off around a migration that rebuilds tables: a rebuild drops
    /// and re-creates a parent table, and a conversion rewrites keys and the references to them table by table.
    /// </summary>
    private static string SqliteConnection(string path) => $"Data Source={path};Foreign Keys=False";

    private static ServiceProvider Services(Assembly assembly, string dialect, string? connectionString, SqlCapture capture, long startVersion = 0)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(r =>
            {
                if (dialect == "PostgreSQL")
                {
                    r.AddPostgres();
                }
                else
                {
                    r.AddSQLite();
                }

                if (connectionString is not null)
                {
                    r.WithGlobalConnectionString(connectionString);
                }
                else
                {
                    r.AsGlobalPreview();
                }

                r.ScanIn(assembly).For.Migrations();
            })
            .Configure<RunnerOptions>(o =>
            {
                o.NoConnection = connectionString is null;
                o.StartVersion = startVersion;
            })
            .Configure<FluentMigratorLoggerOptions>(o =>
            {
                o.ShowSql = true;
                o.ShowElapsedTime = false;
            })
            .AddLogging(l => l.ClearProviders().AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        return services.BuildServiceProvider();
    }

    /// <summary>Collects the SQL statements FluentMigrator logs, leaving out its own version-table bookkeeping.</summary>
    private sealed class SqlCapture : ILoggerProvider, ILogger
    {
        private readonly System.Text.StringBuilder _text = new();

        public void Section(string name) => _text.Append("-- ").Append(name).Append('\n');

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name != "Sql" && eventId.Id != RunnerEventIds.Sql.Id)
            {
                return;
            }

            var message = formatter(state, exception);
            if (message.Contains("VersionInfo", StringComparison.Ordinal) || message.Trim().Length == 0)
            {
                return;
            }

            _text.Append(message.Trim()).Append('\n');
        }

        public void Dispose()
        {
        }

        public override string ToString() => _text.ToString();
    }
}
