using Microsoft.Extensions.Configuration;

namespace BackendInABox.Configuration;

/// <summary>Which connection string to read, and from which configuration.</summary>
/// <param name="Name">The name under ConnectionStrings; "Default" also finds "DefaultConnection" (the ASP.NET Core templates' name).</param>
/// <param name="Configuration">The app's own configuration when the app hosts the call (null: read it as the app would).</param>
internal sealed record ConnectionSettings(string Name = ConnectionSettings.DefaultName, IConfiguration? Configuration = null)
{
    public const string DefaultName = "Default";

    /// <summary>The app's database the connection is for: the default reads DATABASE_URL and ConnectionStrings:{Name}, another "analytics" ANALYTICS_DATABASE_URL and ConnectionStrings:analytics.</summary>
    public string Database { get; init; } = Shared.RunnerTables.DefaultDatabase;

    /// <summary>The app declares several databases, so each message about the connection names its database.</summary>
    public bool Labelled { get; init; }

    public bool IsDefault => Shared.RunnerTables.IsDefault(Database);

    /// <summary>The environment variable holding the database's URL: DATABASE_URL for the default, else the upper-cased name's (ANALYTICS_DATABASE_URL).</summary>
    public string UrlVariable => IsDefault ? "DATABASE_URL" : Shared.RunnerTables.EnvironmentKey(Database) + "_DATABASE_URL";

    /// <summary>The SQLite file used when nothing is configured: app.db for the default, else analytics.db beside it.</summary>
    public string SqliteFile => IsDefault ? "app.db" : Database + ".db";

    /// <summary>These settings for <paramref name="database"/>: a database other than the default has a connection string named after it.</summary>
    public ConnectionSettings ForDatabase(string database, bool labelled) =>
        Shared.RunnerTables.IsDefault(database)
            ? this with { Database = database, Labelled = labelled }
            : this with { Name = database, Database = database, Labelled = labelled };

    public static ConnectionSettings For(string? name, IConfiguration? configuration = null) =>
        new(string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim(), configuration);
}
