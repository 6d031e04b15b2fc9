using BackendInABox.Runtime.Tests.Infrastructure;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>Add a field, add a model, change a type: on an embedded SQLite file (the table-rebuild path of the generator).</summary>
public sealed class SqliteWorkflowTests : WorkflowScenarios
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());
}
