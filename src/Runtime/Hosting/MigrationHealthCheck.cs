using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackendInABox.Hosting;

/// <summary>
/// Healthy when the database has applied every migration of the build; else the registration's failure status, naming
/// what is pending. An app with several databases is healthy when every one is, each result's description on a line.
/// </summary>
internal sealed class MigrationHealthCheck(AppDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var databases = database.All();
        if (databases.Count == 1)
        {
            return await CheckAsync(database, context, cancellationToken);
        }

        var results = new List<HealthCheckResult>();
        foreach (var each in databases)
        {
            results.Add(await CheckAsync(each, context, cancellationToken));
        }

        var failed = results.Where(r => r.Status != HealthStatus.Healthy).ToList();
        return new HealthCheckResult(
            failed.Count == 0 ? HealthStatus.Healthy : failed[0].Status,
            string.Join(Environment.NewLine, results.Select(r => r.Description)),
            failed.Count == 0 ? null : failed[0].Exception,
            databases.Zip(results).ToDictionary(p => p.First.Name, p => (object)p.Second.Data));
    }

    private static async Task<HealthCheckResult> CheckAsync(AppDatabase database, HealthCheckContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> pending;
        try
        {
            pending = await database.PendingMigrationsAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Cannot read the migrations of {database.Description} (from {database.Source}): {e.Message}", e);
        }

        var data = new Dictionary<string, object>
        {
            ["database"] = database.Description,
            ["source"] = database.Source,
            ["pending"] = pending.Select(Id).ToArray(),
        };
        if (pending.Count == 0)
        {
            var at = database.BuildMigration is { } head ? $"at the build's migration {Id(head)}" : "without migrations, as the build";
            return HealthCheckResult.Healthy($"{database.Description} is {at}.", data);
        }

        return new HealthCheckResult(
            context.Registration.FailureStatus,
            $"{database.Description} (from {database.Source}) has {pending.Count} pending migration(s): {string.Join(", ", pending.Select(Id))}. Run `{database.Target.Command("up")}` or MigrateDatabaseAsync at start-up.",
            data: data);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
