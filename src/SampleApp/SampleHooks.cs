using System.Data.Common;
using BackendInABox;

namespace SampleApp;

/// <summary>
/// The sample's migration hooks (`migrate` finds this class in the app): a line per migration with the time it took,
/// and the reference data every database of the app needs, seeded after each `up` so a fresh database has it too.
/// </summary>
public sealed class SampleHooks : IMigrationHooks
{
    /// <summary>The team the demo's users and products belong to.</summary>
    public const string ReferenceTeam = "Platform";

    public Task AfterMigrationAsync(MigrationEvent migration, CancellationToken cancellationToken) =>
        migration.Output.WriteLineAsync($"  hook: {migration.Direction.ToString().ToLowerInvariant()} {migration.Id} {migration.Description} took {migration.Elapsed.TotalMilliseconds:0} ms");

    public async Task AfterRunAsync(MigrationRun run, CancellationToken cancellationToken)
    {
        if (run.Direction != MigrationDirection.Up || !await HasTeamsAsync(run.Connection, run.Provider, cancellationToken))
        {
            return;
        }

        await using var command = run.Connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Team.TableName} ({Team.Columns.Name}) VALUES (@name) ON CONFLICT ({Team.Columns.Name}) DO NOTHING";
        var name = command.CreateParameter();
        name.ParameterName = "@name";
        name.Value = ReferenceTeam;
        command.Parameters.Add(name);
        if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
        {
            await run.Output.WriteLineAsync($"Seeded the reference team {ReferenceTeam}.");
        }
    }

    /// <summary>`up --to` an early migration leaves the database without the table yet.</summary>
    private static async Task<bool> HasTeamsAsync(DbConnection connection, string provider, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == "PostgreSQL"
            ? $"SELECT to_regclass('{Team.TableName}') IS NOT NULL"
            : $"SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{Team.TableName}'";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
