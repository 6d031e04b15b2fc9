using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace BackendInABox.Configuration;

/// <summary>
/// The configuration the app itself reads, for `migrate` commands run outside its host: appsettings.json, then
/// appsettings.{Environment}.json (ASPNETCORE_ENVIRONMENT, else DOTNET_ENVIRONMENT, as `dotnet run`'s launch profile
/// sets them), user secrets (in Development only, as the .NET hosts read them), environment variables; later sources
/// win, as in the .NET hosts.
/// </summary>
internal static class AppConfiguration
{
    public static IConfiguration Read(IReadOnlyDictionary<string, string?> environment, Assembly? app, ContentRoot root)
    {
        var name = EnvironmentName(environment);
        var builder = new ConfigurationBuilder();
        foreach (var file in new[] { "appsettings.json", $"appsettings.{name}.json" })
        {
            foreach (var directory in new[] { root.AppDirectory, root.Directory }.Distinct(StringComparer.Ordinal))
            {
                builder.AddJsonFile(Path.Combine(directory, file), optional: true, reloadOnChange: false);
            }
        }

        if (string.Equals(name, "Development", StringComparison.OrdinalIgnoreCase)
            && app?.GetCustomAttribute<Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute>() is { } secrets)
        {
            builder.AddUserSecrets(secrets.UserSecretsId, reloadOnChange: false);
        }

        // Environment variables in the .NET form: ConnectionStrings__Default.
        builder.AddInMemoryCollection(environment
            .Where(e => e.Value is not null)
            .Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        return builder.Build();
    }

    /// <summary>The environment's name, "Production" when none is set (the hosts' default).</summary>
    public static string EnvironmentName(IReadOnlyDictionary<string, string?> environment) =>
        new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" }
            .Select(variable => environment.GetValueOrDefault(variable))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim() ?? "Production";

    /// <summary>ConnectionStrings:{name} (for "Default" also DefaultConnection), with where it came from, for every message that names the connection.</summary>
    /// <param name="memoryIsEnvironment">The configuration is <see cref="Read"/>'s, whose in-memory source is the environment.</param>
    public static (string Value, string Source)? ConnectionString(IConfiguration configuration, string name, bool memoryIsEnvironment)
    {
        var names = name == ConnectionSettings.DefaultName ? new[] { name, "DefaultConnection" } : [name];
        foreach (var candidate in names)
        {
            var key = "ConnectionStrings:" + candidate;
            if (configuration[key] is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return (value, ProviderOf(configuration, key, memoryIsEnvironment) is { } provider ? $"{key} in {provider}" : key);
            }
        }

        return null;
    }

    /// <summary>The source that supplies <paramref name="key"/>: the last provider that has it, as configuration resolves it.</summary>
    private static string? ProviderOf(IConfiguration configuration, string key, bool memoryIsEnvironment)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out _))
            {
                return provider switch
                {
                    JsonConfigurationProvider { Source.Path: { } path } when path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase) => "user secrets",
                    JsonConfigurationProvider { Source.Path: { } path } => Path.GetFileName(path),
                    MemoryConfigurationProvider => memoryIsEnvironment ? "environment variables" : "in-memory configuration",
                    _ => provider.GetType().Name.Replace("ConfigurationProvider", string.Empty, StringComparison.Ordinal) switch
                    {
                        "EnvironmentVariables" => "environment variables",
                        "CommandLine" => "the command line",
                        var other => other,
                    },
                };
            }
        }

        return null;
    }
}
