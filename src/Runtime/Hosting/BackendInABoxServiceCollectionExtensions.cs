using BackendInABox;
using BackendInABox.Hosting;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Backend-in-a-Box in a Microsoft.Extensions host.</summary>
public static class BackendInABoxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AppDatabase"/> (a singleton) from the app's configuration: DATABASE_URL, else
    /// ConnectionStrings:Default (or DefaultConnection, or the name in <paramref name="configure"/>), else the embedded
    /// SQLite file, the same database the `migrate` commands use; and the options' <see cref="BackendInABoxOptions.Hooks"/>
    /// as the <see cref="IMigrationHooks"/> that <c>MigrateDatabaseAsync</c> runs.
    /// </summary>
    public static IServiceCollection AddBackendInABox(this IServiceCollection services, IConfiguration configuration, Action<BackendInABoxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BackendInABoxOptions();
        configure?.Invoke(options);
        services.AddSingleton(provider => HostedDatabase.Create(provider, configuration, options));
        services.AddSingleton(options);
        if (options.Hooks is { } hooks)
        {
            services.AddSingleton(hooks);
        }

        return services;
    }
}
