using System.Data.Common;
using BackendInABox.Cli;
using BackendInABox.Database;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

/// <summary>A run of `up` or `down` between the app's run hooks: before it, after it, and on a failure anywhere in it.</summary>
internal static class HookedRun
{
    public static async Task RunAsync(
        HostContext host,
        DatabaseDriver driver,
        DbConnection connection,
        MigrationDirection direction,
        IReadOnlyList<ManifestMigration> migrations,
        Func<MigrationRun, Task> body,
        CancellationToken cancellationToken)
    {
        var run = new MigrationRun(
            direction,
            driver.Target.ProviderName,
            connection,
            [.. migrations.Select(m => new PlannedMigration(m.Id, m.Description))],
            host.Json ? host.ErrorWriter : host.Output);
        if (host.Hooks is not { } hooks)
        {
            await body(run);
            return;
        }

        try
        {
            await CallAsync("BeforeRunAsync", () => hooks.BeforeRunAsync(run, cancellationToken), "No migration ran.");
            await body(run);
            await CallAsync("AfterRunAsync", () => hooks.AfterRunAsync(run, cancellationToken), $"The migrations of the run had committed before it ran (`{host.Command("status")}` lists them).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            try
            {
                await hooks.OnFailureAsync(run, e, cancellationToken);
            }
            catch (Exception hookError) when (hookError is not OperationCanceledException)
            {
                // The first failure is the one to fix; this one is only worth a line.
                host.Warn($"warning: the app's migration hook OnFailureAsync threw as well: {hookError.Message}");
            }

            throw;
        }
    }

    private static async Task CallAsync(string name, Func<Task> hook, string state)
    {
        try
        {
            await hook();
        }
        catch (Exception e) when (e is not OperationCanceledException and not UserError)
        {
            throw new UserError($"The app's migration hook {name} threw: {e.Message}", state, inner: e);
        }
    }
}
