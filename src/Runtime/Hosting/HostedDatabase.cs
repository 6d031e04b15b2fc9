using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackendInABox.Hosting;

/// <summary>The <see cref="AppDatabase"/> of a host: the registered one, else one from the host's configuration.</summary>
internal static class HostedDatabase
{
    public static AppDatabase Create(IServiceProvider services, IConfiguration configuration, BackendInABoxOptions options) =>
        AppDatabase.FromConfiguration(configuration, options.ConnectionStringName, options.AppAssembly ?? Application(services));

    public static AppDatabase Get(IServiceProvider services) =>
        services.GetService<AppDatabase>() ?? Create(services, services.GetRequiredService<IConfiguration>(), new BackendInABoxOptions());

    /// <summary>
    /// The host's application assembly: the entry assembly of a process is testhost under `dotnet test`, while the
    /// host environment names the app (WebApplicationFactory sets it to the assembly of its Program).
    /// </summary>
    private static Assembly? Application(IServiceProvider services)
    {
        if (services.GetService<IHostEnvironment>()?.ApplicationName is not { Length: > 0 } name)
        {
            return null;
        }

        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
