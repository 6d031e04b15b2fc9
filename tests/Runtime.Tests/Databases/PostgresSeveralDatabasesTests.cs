using BackendInABox.Runtime.Tests.Infrastructure;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>Two databases on PostgreSQL: each on its own database of the server, and both on one.</summary>
public sealed partial class PostgresSeveralDatabasesTests : SeveralDatabasesScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();

    private protected override async Task<TestDatabase> MissingDatabaseAsync() => await PostgresServer.ReserveDatabaseAsync();
}
