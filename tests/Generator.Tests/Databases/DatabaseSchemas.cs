using BackendInABox.Generator.Tests.Infrastructure;

namespace BackendInABox.Generator.Tests.Databases;

/// <summary>An app's default database (users and their events) and an analytics database with its own Event and Session.</summary>
internal static class DatabaseSchemas
{
    /// <summary>Both databases with their schema files and first migrations.</summary>
    public static GeneratorHarness TwoDatabases() => new GeneratorHarness()
        .WithDatabase("analytics")
        .WithSchema("user.yaml", User)
        .WithSchema("event.yaml", DefaultEvent)
        .WithMigration("20260101000000_users.yaml", DefaultUsers)
        .WithDatabaseSchema("analytics", "session.yaml", Session)
        .WithDatabaseSchema("analytics", "event.yaml", AnalyticsEvent)
        .WithDatabaseMigration("analytics", "20260101000000_sessions.yaml", AnalyticsSessions);

    public const string User = """
        name: User
        table: users
        fields:
          id:    { type: uuid, primary: true, default: new }
          email: { type: string, required: true, max_length: 200 }
        """;

    public const string DefaultEvent = """
        name: Event
        table: events
        fields:
          id:   { type: bigint, primary: true }
          user: { type: ref, target: User }
          kind: { type: string, required: true, max_length: 40 }
        """;

    public const string Session = """
        name: Session
        table: sessions
        fields:
          id:         { type: uuid, primary: true, default: new }
          started_at: { type: datetime, required: true }
        """;

    public const string AnalyticsEvent = """
        name: Event
        table: events
        fields:
          id:      { type: bigint, primary: true }
          session: { type: ref, target: Session, on_delete: cascade }
          name:    { type: string, required: true, max_length: 80 }
        """;

    /// <summary>The analytics database's first migration: sessions only, so events are its pending change.</summary>
    public const string AnalyticsSessions = """
        id: 20260101000000
        description: sessions
        stored_forms: 2
        up:
          - create_table:
              table: sessions
              columns:
                - { name: id, type: uuid, primary: true, default: new }
                - { name: started_at, type: datetime, required: true }
        down:
          - drop_table: { table: sessions }
        """;

    /// <summary>The default database's first migration, with the same id as analytics' (each database has its own history).</summary>
    public const string DefaultUsers = """
        id: 20260101000000
        description: users
        stored_forms: 2
        up:
          - create_table:
              table: users
              columns:
                - { name: id, type: uuid, primary: true, default: new }
                - { name: email, type: string, required: true, max_length: 200 }
        down:
          - drop_table: { table: users }
        """;
}
