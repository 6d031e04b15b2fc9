using BackendInABox.Configuration;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>
/// A declared database's connection: --connection, else {NAME}_DATABASE_URL, else ConnectionStrings:{name}, else the
/// SQLite file {name}.db; DATABASE_URL and ConnectionStrings:Default stay the default database's. Every description
/// names the database when the app has several.
/// </summary>
public sealed class DatabaseConnectionTests
{
    private static readonly ConnectionSettings Analytics = ConnectionSettings.For(null).ForDatabase("analytics", labelled: true);

    [Fact]
    public void ANALYTICS_DATABASE_URL_is_the_analytics_databases_and_DATABASE_URL_the_defaults()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = "postgres://app:secret@db:5432/app",
            ["ANALYTICS_DATABASE_URL"] = "postgres://app:secret@db:5432/analytics",
        };

        var analytics = Resolve(environment, Analytics);
        var main = Resolve(environment, ConnectionSettings.For(null).ForDatabase("default", labelled: true));

        Assert.Equal(("analytics", "ANALYTICS_DATABASE_URL"), (analytics.Database, analytics.Source));
        Assert.Equal(("app", "DATABASE_URL"), (main.Database, main.Source));
        Assert.Equal("analytics: PostgreSQL database \"analytics\" at db:5432", analytics.Describe());
        Assert.Equal("default: PostgreSQL database \"app\" at db:5432", main.Describe());
        Assert.Equal("analytics", analytics.Name);
    }

    [Fact]
    public void ConnectionStrings_analytics_comes_after_the_URL_and_ConnectionStrings_Default_is_not_read()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Default"] = "Data Source=main.db",
            ["ConnectionStrings__analytics"] = "Host=db;Database=events;Username=app",
        };

        var analytics = Resolve(environment, Analytics);

        Assert.Equal("events", analytics.Database);
        Assert.Equal("ConnectionStrings:analytics in environment variables", analytics.Source);
    }

    [Fact]
    public void Without_configuration_the_analytics_database_is_the_SQLite_file_analytics_db()
    {
        var analytics = Resolve(new Dictionary<string, string?> { ["ConnectionStrings__Default"] = "Data Source=main.db" }, Analytics);

        Assert.Equal(DatabaseProvider.Sqlite, analytics.Provider);
        Assert.Equal("analytics.db", Path.GetFileName(analytics.Database));
    }

    [Fact]
    public void A_connection_option_names_the_database_it_is_taken_for()
    {
        var analytics = ConnectionResolver.Resolve("Data Source=shared.db", new Dictionary<string, string?>(), null, string.Empty, Analytics);

        Assert.Equal("--connection for analytics", analytics.Source);
    }

    [Fact]
    public void With_one_database_nothing_is_labelled()
    {
        var only = Resolve(new Dictionary<string, string?> { ["DATABASE_URL"] = "postgres://app@db/app" }, ConnectionSettings.For(null));

        Assert.Equal("PostgreSQL database \"app\" at db:5432", only.Describe());
        Assert.Equal("default", only.Name);
    }

    private static DatabaseTarget Resolve(Dictionary<string, string?> environment, ConnectionSettings settings) =>
        ConnectionResolver.Resolve(null, environment, null, string.Empty, settings);
}
