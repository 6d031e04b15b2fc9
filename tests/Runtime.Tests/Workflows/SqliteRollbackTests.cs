using BackendInABox.Runtime.Tests.Infrastructure;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>The rollback round trips on an SQLite file (the table-rebuild path).</summary>
public sealed class SqliteRollbackTests : RollbackScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
