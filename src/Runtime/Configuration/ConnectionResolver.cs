using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace BackendInABox.Configuration;

/// <summary>
/// Finds the database: --connection, else DATABASE_URL, else ConnectionStrings:Default (appsettings.json, environment,
/// user secrets), else an embedded SQLite file in the app's project folder, so a first run needs no server.
/// </summary>
internal static class ConnectionResolver
{
    public const string DefaultSqliteFile = "app.db";

    public static DatabaseTarget Resolve(string? option, IReadOnlyDictionary<string, string?> environment, Assembly? app, string projectDirectory)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Parse(option, "--connection", projectDirectory);
        }

        if (environment.TryGetValue("DATABASE_URL", out var url) && !string.IsNullOrWhiteSpace(url))
        {
            return Parse(url, "DATABASE_URL", projectDirectory);
        }

        var configured = Configuration(environment, app, projectDirectory).GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Parse(configured, "ConnectionStrings:Default", projectDirectory);
        }

        var file = Path.Combine(projectDirectory.Length > 0 ? projectDirectory : AppContext.BaseDirectory, DefaultSqliteFile);
        return Parse($"Data Source={file}", "default (no connection configured)", projectDirectory);
    }

    public static DatabaseTarget Parse(string value, string source, string projectDirectory)
    {
        if (DatabaseUrl.IsUrl(value))
        {
            var target = Parse(DatabaseUrl.ToConnectionString(value), source, projectDirectory);
            var userInfo = new Uri(value).UserInfo.Split(':', 2);
            return userInfo.Length > 1 ? target with { Secrets = [.. target.Secrets, userInfo[1]] } : target;
        }

        if (LooksLikePostgres(value))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                throw new UserError($"The connection string from {source} is not valid: {Mask(e.Message, value)}", exitCode: 2);
            }

            var secrets = builder.Password is { Length: > 0 } password ? new[] { password } : [];
            return new DatabaseTarget(DatabaseProvider.PostgreSql, builder.ConnectionString, source, builder.Host ?? "localhost", builder.Port, builder.Database ?? builder.Username ?? "postgres", secrets);
        }

        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(value.Contains('=', StringComparison.Ordinal) ? value : $"Data Source={value}");
        }
        catch (ArgumentException e)
        {
            throw new UserError($"The connection string from {source} is not valid: {e.Message}", exitCode: 2);
        }

        var path = sqlite.DataSource;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError($"The SQLite connection string from {source} names no file (Data Source=...).", exitCode: 2);
        }

        if (path != ":memory:" && !Path.IsPathRooted(path))
        {
            path = Path.GetFullPath(Path.Combine(projectDirectory.Length > 0 ? projectDirectory : Directory.GetCurrentDirectory(), path));
        }

        sqlite.DataSource = path;
        var secret = string.IsNullOrEmpty(sqlite.Password) ? Array.Empty<string>() : [sqlite.Password];
        return new DatabaseTarget(DatabaseProvider.Sqlite, sqlite.ConnectionString, source, string.Empty, 0, path, secret);
    }

    private static bool LooksLikePostgres(string value)
    {
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = part.Split('=', 2)[0].Trim().ToLowerInvariant();
            if (key is "host" or "server" or "port" or "username" or "user id" or "userid")
            {
                return true;
            }
        }

        return false;
    }

    private static string Mask(string message, string connectionString)
    {
        foreach (var part in connectionString.Split(';'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("password", StringComparison.OrdinalIgnoreCase) && pair[1].Length > 0)
            {
                message = message.Replace(pair[1], "****", StringComparison.Ordinal);
            }
        }

        return message;
    }

    private static IConfiguration Configuration(IReadOnlyDictionary<string, string?> environment, Assembly? app, string projectDirectory)
    {
        var builder = new ConfigurationBuilder();
        foreach (var directory in new[] { AppContext.BaseDirectory, projectDirectory }.Where(d => d.Length > 0).Distinct())
        {
            builder.AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true, reloadOnChange: false);
        }

        if (app?.GetCustomAttribute<Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute>() is { } secrets)
        {
            builder.AddUserSecrets(secrets.UserSecretsId, reloadOnChange: false);
        }

        // Environment variables in the .NET form: ConnectionStrings__Default.
        builder.AddInMemoryCollection(environment
            .Where(e => e.Value is not null)
            .Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        return builder.Build();
    }
}
