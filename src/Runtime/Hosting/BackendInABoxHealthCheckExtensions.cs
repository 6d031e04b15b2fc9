using BackendInABox.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Backend-in-a-Box health check on the standard health-check abstractions.</summary>
public static class BackendInABoxHealthCheckExtensions
{
    /// <summary>
    /// Adds a check that is Healthy when the database is at the build's migration, else <paramref name="failureStatus"/>
    /// (default Unhealthy; Degraded suits an app that still serves), naming the pending migrations.
    /// </summary>
    public static IHealthChecksBuilder AddBackendInABoxCheck(this IHealthChecksBuilder builder, string name = "database-migrations", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, services => new MigrationHealthCheck(HostedDatabase.Get(services)), failureStatus, tags));
    }
}
