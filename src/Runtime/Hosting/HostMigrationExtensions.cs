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
    public static async Task MigrateDatabaseAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var database = HostedDatabase.Get(host.Services);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BackendInABox.Migrations");
        using var output = new LoggerWriter(logger, LogLevel.Information);
        using var error = new LoggerWriter(logger, LogLevel.Warning);
        var context = new HostContext(database.Owner.Host, output, error, ProcessEnvironment.Read(), ConnectionSettings.For(null))
        {
            Owner = database.Owner,
            Configured = database.Target,
            Hooks = host.Services.GetService<BackendInABox.IMigrationHooks>(),
        };
        string[] up = host.Services.GetService<BackendInABoxOptions>()?.BackupDirectory is { } backup ? ["up", "--backup", backup] : ["up"];
        var exitCode = await MigrateCommandLine.InvokeAsync(context, up, cancellationToken);
        output.Flush();
        error.Flush();
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"Migrating {database.Description} (from {database.Source}) at start-up failed: " + string.Join(Environment.NewLine, error.Lines));
        }
    }
}
