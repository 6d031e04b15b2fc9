using System.Data.Common;
using BackendInABox.Configuration;

namespace BackendInABox.Running;

/// <summary>
/// Where the app's PostgreSQL tables live: the first schema of the connection's search_path that exists
/// (current_schema()). The migrations and the runner name tables without a schema, so they create and find them there;
/// FluentMigrator's own catalog checks take a table without a schema to be in "public", so they are told this one.
/// </summary>
internal static class CurrentSchema
{
    /// <summary>The current schema on PostgreSQL, empty on SQLite (which has none).</summary>
    public static async Task<string> ReadAsync(DatabaseTarget target, DbConnection connection, CancellationToken cancellationToken)
    {
        if (target.Provider != DatabaseProvider.PostgreSql)
        {
            return string.Empty;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_schema(), current_setting('search_path')";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.IsDBNull(0))
        {
            throw new UserError(
                $"The search_path of {target.Describe()} is {reader.GetString(1)}, and none of its schemas exists, so the app's tables have nowhere to go.",
                "Create the schema it names first (CREATE SCHEMA ...), or give the user a search path that starts with an existing one (ALTER ROLE <user> SET search_path = ..., or Search Path=... in the connection string).",
                exitCode: 2);
        }

        return reader.GetString(0);
    }
}
