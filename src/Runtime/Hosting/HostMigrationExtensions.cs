using BackendInABox.Cli;
using BackendInABox.Configuration;
using BackendInABox.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>Start-up migration for a Microsoft.Extensions host (a web app, a worker).</summary>
public static class HostMigrationExtensions
{
    /// <summary>
    /// Applies the pending migrations before the app starts, as `migrate up` does (the same lock, so several instances
    /// starting at once take turns), writing its lines to the log (category BackendInABox.Migrations), with a backup
    /// first when <see cref="BackendInABoxOptions.BackupDirectory"/> is set. Throws, so start-up fails, when migrating
    /// (or the backup) fails; the message holds the runner's error.
    /// </summary>
    /// <remarks>An app that declares several databases has each migrated in declaration order.</remarks>
    public static Task MigrateDatabaseAsync(this IHost host, CancellationToken cancellationToken = default) =>
        MigrateAsync(host, null, cancellationToken);

    /// <summary>As <see cref="MigrateDatabaseAsync(IHost, CancellationToken)"/>, for one of the app's databases.</summary>
    /// <param name="database">The name the project file declares it by, or "default".</param>
    public static Task MigrateDatabaseAsync(this IHost host, string database, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return MigrateAsync(host, database, cancellationToken);
    }

    private static async Task MigrateAsync(IHost host, string? database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var hosted = HostedDatabase.Get(host.Services);
        var migrated = database is null ? hosted : hosted.ForDatabase(database);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BackendInABox.Migrations");
        using var output = new LoggerWriter(logger, LogLevel.Information);
        using var error = new LoggerWriter(logger, LogLevel.Warning);
        var context = new HostContext(hosted.Owner.Host, output, error, ProcessEnvironment.Read(), ConnectionSettings.For(null))
        {
            Owner = hosted.Owner,
            Configured = hosted.TargetOf,
            Hooks = host.Services.GetService<BackendInABox.IMigrationHooks>(),
        };
        string[] up = host.Services.GetService<BackendInABoxOptions>()?.BackupDirectory is { } backup ? ["up", "--backup", backup] : ["up"];
        string[] selected = database is null ? [] : ["--database", migrated.Name];
        var exitCode = await MigrateCommandLine.InvokeAsync(context, [.. selected, .. up], cancellationToken);
        output.Flush();
        error.Flush();
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"Migrating {(database is null && hosted.Databases.Count > 1 ? "the databases " + string.Join(", ", hosted.Databases) : $"{migrated.Description} (from {migrated.Source})")} at start-up failed: " + string.Join(Environment.NewLine, error.Lines));
        }
    }
}
