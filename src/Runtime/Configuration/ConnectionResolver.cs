using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BackendInABox.Configuration;

/// <summary>
/// Finds the database: --connection, else DATABASE_URL, else the named connection string of the app's configuration
/// (<see cref="AppConfiguration"/>), else an embedded SQLite file in the app's content root, so a first run needs no server.
/// </summary>
internal static partial class ConnectionResolver
{
    private const string WhatWorks =
        "Use a PostgreSQL connection (postgres://user:password@host:5432/database, or Host=...;Username=...;Password=...;Database=...) " +
        "or a SQLite file (Data Source=app.db, or a path ending in .db, .sqlite or .sqlite3).";

    private static readonly string[] PostgresKeys = ["host", "server", "port", "username", "user name", "user id", "userid", "database"];

    private static readonly string[] SqliteKeys = ["data source", "datasource", "filename"];

    private static readonly string[] SqliteExtensions = [".db", ".sqlite", ".sqlite3"];

    /// <param name="settings">
    /// The app's own configuration when the app hosts the call, else it is read as the app reads it; and the database
    /// the connection is for (<see cref="ConnectionSettings.Database"/>), whose name the target and its messages carry.
    /// </param>
    public static DatabaseTarget Resolve(string? option, IReadOnlyDictionary<string, string?> environment, Assembly? app, string projectDirectory, ConnectionSettings settings)
    {
        var target = ResolveUnnamed(option, environment, app, projectDirectory, settings);
        return target with { Name = settings.Database, Labelled = settings.Labelled };
    }

    private static DatabaseTarget ResolveUnnamed(string? option, IReadOnlyDictionary<string, string?> environment, Assembly? app, string projectDirectory, ConnectionSettings settings)
    {
        var root = ContentRoot.For(app, projectDirectory);
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Parse(option, Named(settings, "--connection"), root);
        }

        var configuration = settings.Configuration ?? AppConfiguration.Read(environment, app, root);
        var variable = settings.UrlVariable;
        var url = settings.Configuration is null ? environment.GetValueOrDefault(variable) : configuration[variable];
        if (!string.IsNullOrWhiteSpace(url))
        {
            return Parse(url, variable, root);
        }

        if (AppConfiguration.ConnectionString(configuration, settings.Name, memoryIsEnvironment: settings.Configuration is null) is { } configured)
        {
            return Parse(configured.Value, configured.Source, root);
        }

        return Parse($"Data Source={settings.SqliteFile}", "default (no connection configured)", root);
    }

    /// <summary>A source that does not name the database ("--connection") names it when the app has several.</summary>
    private static string Named(ConnectionSettings settings, string source) => settings.Labelled ? $"{source} for {settings.Database}" : source;

    /// <summary>
    /// Only what names a database is one: a postgres:// URL, an Npgsql keyword string, a SQLite Data Source, or a path
    /// with a SQLite file's extension. Anything else (another database's URL, host:port, a typo) would otherwise become
    /// a SQLite file named after it, so it is refused before anything is created.
    /// </summary>
    public static DatabaseTarget Parse(string value, string source, ContentRoot root)
    {
        value = value.Trim();
        if (DatabaseUrl.IsUrl(value))
        {
            var target = Parse(DatabaseUrl.ToConnectionString(value), source, root);
            var userInfo = new Uri(value).UserInfo.Split(':', 2);
            return userInfo.Length > 1 ? target with { Secrets = [.. target.Secrets, userInfo[1], Uri.UnescapeDataString(userInfo[1])] } : target;
        }

        if (UrlScheme().Match(value) is { Success: true } scheme)
        {
            throw Refuse(source, value, $"{scheme.Groups[1].Value}:// is not a database Backend-in-a-Box supports (PostgreSQL and SQLite are)");
        }

        if (value.Contains('=', StringComparison.Ordinal))
        {
            var keys = Keys(value);
            if (keys.Any(k => PostgresKeys.Contains(k)))
            {
                return Postgres(value, source);
            }

            if (keys.Any(k => SqliteKeys.Contains(k)))
            {
                return Sqlite(value, source, root);
            }

            throw Refuse(source, value, "it names neither a PostgreSQL server (Host=...) nor a SQLite file (Data Source=...)");
        }

        if (SqliteExtensions.Any(e => value.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return Sqlite(new SqliteConnectionStringBuilder { DataSource = value }.ConnectionString, source, root);
        }

        throw Refuse(source, value, "it is neither a connection string nor the path of a SQLite file (.db, .sqlite, .sqlite3)");
    }

    private static DatabaseTarget Postgres(string value, string source)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or InvalidCastException or OverflowException)
        {
            throw Malformed(source, value, e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new UserError($"The PostgreSQL connection string from {source} names no server (Host=...).", "Example: Host=db;Port=5432;Username=app;Password=...;Database=app", exitCode: 2);
        }

        var secrets = builder.Password is { Length: > 0 } password ? new[] { password } : [];
        return new DatabaseTarget(DatabaseProvider.PostgreSql, builder.ConnectionString, source, builder.Host, builder.Port, builder.Database ?? builder.Username ?? "postgres", secrets);
    }

    private static DatabaseTarget Sqlite(string value, string source, ContentRoot root)
    {
        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or InvalidCastException or OverflowException)
        {
            throw Malformed(source, value, e);
        }

        var path = sqlite.DataSource;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError($"The SQLite connection string from {source} names no file (Data Source=...).", exitCode: 2);
        }

        if (path == ":memory:" || sqlite.Mode == SqliteOpenMode.Memory)
        {
            throw new UserError(
                $"The SQLite database from {source} is in memory: it would vanish with each connection, migrations and all.",
                "Name a file instead, e.g. Data Source=app.db.",
                exitCode: 2);
        }

        if (!string.IsNullOrEmpty(sqlite.Password))
        {
            throw new UserError(
                $"The SQLite connection string from {source} has a Password=, but the bundled SQLite does not encrypt files.",
                "Remove Password= from it (protect the file with file-system permissions instead).",
                exitCode: 2);
        }

        string? placement = null;
        if (!Path.IsPathRooted(path))
        {
            path = Path.GetFullPath(Path.Combine(root.Directory, path));
            placement = root.Describe();
        }

        sqlite.DataSource = path;
        return new DatabaseTarget(DatabaseProvider.Sqlite, sqlite.ConnectionString, source, string.Empty, 0, path, [], placement);
    }

    /// <summary>The keys of a Key=Value;... string, lower case, for telling the providers apart (quoting aside).</summary>
    private static List<string> Keys(string value) =>
        [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)[0].Trim().ToLowerInvariant())];

    private static UserError Malformed(string source, string value, Exception e)
    {
        // The builders' own texts name the offending keyword or position when they have one; a missing key has none.
        var reason = e is ArgumentException ? ParameterSuffix().Replace(Mask(e.Message, value), string.Empty).TrimEnd('.') + "." : "it is not a list of Key=Value pairs separated by ';'.";
        return new UserError(
            $"The connection string from {source} is not valid: {reason}",
            "Example: Host=db;Port=5432;Username=app;Password=...;Database=app (PostgreSQL) or Data Source=app.db (SQLite).",
            exitCode: 2,
            inner: e);
    }

    private static UserError Refuse(string source, string value, string reason) =>
        new($"The connection from {source} ({Mask(value)}) is not usable: {reason}.", WhatWorks, exitCode: 2);

    /// <summary>The value with every password replaced by ****: a URL's user:password@ and Password=/Pwd= pairs.</summary>
    public static string Mask(string value) => Mask(UrlPassword().Replace(value, "$1****@"), value);

    private static string Mask(string message, string connectionString)
    {
        foreach (var part in connectionString.Split(';'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().ToLowerInvariant() is "password" or "pwd" && pair[1].Trim().Length > 0)
            {
                message = message.Replace(pair[1].Trim(), "****", StringComparison.Ordinal);
            }
        }

        return message;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*)://")]
    private static partial Regex UrlScheme();

    /// <summary>.NET's " (Parameter 'port')" after an argument error: a name from the code, not from the user's string.</summary>
    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@"(://[^:/@]*:)[^@/]*@")]
    private static partial Regex UrlPassword();
}
