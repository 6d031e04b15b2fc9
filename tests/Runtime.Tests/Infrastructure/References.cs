using Xunit;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>The foreign keys hold after a schema change: the database refuses a broken reference and, on SQLite, whose rebuilds run with foreign keys off, no row refers to a missing one.</summary>
internal static class References
{
    public static async Task AssertEnforcedAsync(TestDatabase database, string brokenReference)
    {
        await database.AssertRejectedAsync(brokenReference, "a broken reference");
        if (database.Provider == "SQLite")
        {
            Assert.Empty(await database.QueryAsync("PRAGMA foreign_key_check"));
        }
    }
}
