using BackendInABox.Runtime.Tests.Infrastructure;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>The rollback round trips on a real PostgreSQL.</summary>
public sealed class PostgresRollbackTests : RollbackScenarios
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresServer.CreateDatabaseAsync();
}
