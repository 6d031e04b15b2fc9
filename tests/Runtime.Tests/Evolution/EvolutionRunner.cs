using System.Collections.Immutable;
using System.Globalization;
using BackendInABox.Configuration;
using BackendInABox.Introspection;
using BackendInABox.Manifest;
using BackendInABox.Runtime.Tests.Infrastructure;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// Plays one history the way a user would: write the schema files, build with the real generator, `migrate generate`,
/// `migrate up` (then `down` and `up` again) with the real runner on each database, with rows in every table, checking
/// the rows, the foreign keys and the live shape after every run. Returns what went wrong first, or null.
/// </summary>
/// <remarks>
/// One build per step: the build that compiles migration k also carries the schema edit k+1 as its pending change, so
/// the same build applies migration k and then generates migration k+1 (the order a user's two builds would have).
/// </remarks>
internal static class EvolutionRunner
{
    public static Task<string?> RunAsync(EvolutionHistory history, bool postgres) => RunAsync([history], postgres);

    /// <summary>
    /// Several histories over disjoint models in one app, step k of each in migration k: a build per step is most of
    /// the cost, and this shares it. A failing batch is re-run one history at a time to find and minimize the culprit.
    /// </summary>
    public static async Task<string?> RunAsync(IReadOnlyList<EvolutionHistory> histories, bool postgres)
    {
        var replay = Combine(histories);
        using var app = TestApp.Create();
        var databases = new List<TestDatabase> { new SqliteDatabase() };
        try
        {
            if (postgres)
            {
                databases.Add(await PostgresServer.CreateDatabaseAsync());
            }

            await PlayAsync(app, databases, replay);
            return null;
        }
        catch (EvolutionFailure failure)
        {
            return failure.Message;
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    private static List<(string What, EvolutionSchema Schema, StepEffect Effect)> Combine(IReadOnlyList<EvolutionHistory> histories)
    {
        var replays = histories.Select(h => h.Replay()).ToList();
        var combined = new List<(string, EvolutionSchema, StepEffect)>();
        for (var k = 0; k < replays.Max(r => r.Count); k++)
        {
            var steps = replays.Select((r, h) => (History: h, Part: k < r.Count ? r[k] : r[^1], Moves: k < r.Count)).ToList();
            var schema = new EvolutionSchema([.. steps.SelectMany(s => s.Moves ? s.Part.Schema.Models : s.Part.Schema.WithoutRenameMarkers().Models)]);
            var effect = steps.Where(s => s.Moves).Select(s => s.Part.Effect).Aggregate(StepEffect.None, (a, b) => a.Plus(b));
            var what = k == 0
                ? "step 0 (create the first schema)"
                : $"step {k} ({string.Join(", ", steps.Where(s => s.Moves).Select(s => (histories.Count > 1 ? $"history {s.History}: " : string.Empty) + Describe(s.Part.Step!)))})";
            combined.Add((what, schema, effect));
        }

        return combined;
    }

    private static async Task PlayAsync(TestApp app, List<TestDatabase> databases, List<(string What, EvolutionSchema Schema, StepEffect Effect)> replay)
    {
        var random = new Random(20261201);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var expected = ExpectedRows.Empty;
        WriteSchema(app, replay[0].Schema, null);
        await GenerateAsync(Build(app, "the first schema"), "step 0", "the first schema");
        for (var k = 0; k < replay.Count; k++)
        {
            var (what, schema, effect) = replay[k];
            var last = k + 1 == replay.Count;
            if (!last)
            {
                WriteSchema(app, replay[k + 1].Schema, schema);
            }

            var build = Build(app, what);
            if (last && build.PendingChangeWarnings.Any())
            {
                throw new EvolutionFailure($"{what}: after the last migration the build still reports a pending change:\n{build.Describe()}");
            }

            var manifest = ManifestOwner.Find(build.App).Manifest;
            var afterUp = expected.After(effect, schema);
            var afterDown = expected.AfterDown(effect, afterUp);
            foreach (var database in databases)
            {
                var where = $"{what} on {database.Provider}";
                var provider = ProviderOf(database);
                var before = await ShapeAsync(database, manifest);
                await RunAsync(build, database, where, "up");
                await CheckAsync(database, manifest, afterUp, ExpectedShape.Of(manifest, provider), $"{where}, after up");
                await RunAsync(build, database, where, "down");
                await CheckAsync(database, manifest, afterDown, before, $"{where}, after down (the shape before the up)");
                await RunAsync(build, database, where, "up");
                await CheckAsync(database, manifest, afterUp, ExpectedShape.Of(manifest, provider), $"{where}, after up again");
            }

            expected = await InsertRowsAsync(databases, schema, afterUp, ids, random, rows: k == 0 ? 2 : 1, what);
            if (!last)
            {
                await GenerateAsync(build, $"step {k + 1}", replay[k + 1].What);
            }
        }
    }

    public static string Describe(EvolutionStep step) => EvolutionHistory.StepJson(step);

    private static void WriteSchema(TestApp app, EvolutionSchema schema, EvolutionSchema? previous)
    {
        foreach (var gone in previous?.Models.Where(m => schema.Model(m.Name) is null) ?? [])
        {
            app.DeleteSchema(gone.FileName);
        }

        foreach (var model in schema.Models)
        {
            app.WithSchema(model.FileName, model.Yaml());
        }
    }

    private static AppBuild Build(TestApp app, string what)
    {
        var build = app.TryBuild();
        return build.Succeeded ? build : throw new EvolutionFailure($"{what}: the app did not build:\n{build.Describe()}");
    }

    /// <summary>
    /// `migrate generate` itself, without <see cref="AppUnderTest.GenerateAsync"/>'s wait for the clock: the command
    /// already gives a new file the second after the newest id, and a wait per step would be most of the run.
    /// </summary>
    private static async Task GenerateAsync(AppBuild build, string message, string what)
    {
        var before = Directory.GetFiles(ManifestOwner.Find(build.App).Manifest.MigrationsDirectory, "*.yaml").Length;
        var result = await Migrate.RunWithArgumentsAsync(build, ["generate", message]);
        var after = Directory.GetFiles(ManifestOwner.Find(build.App).Manifest.MigrationsDirectory, "*.yaml").Length;
        if (result.ExitCode != 0 || after != before + 1)
        {
            throw new EvolutionFailure($"{what}: `migrate generate` did not write one migration:\n{result}");
        }
    }

    private static async Task RunAsync(AppBuild build, TestDatabase database, string where, string command)
    {
        var result = await Migrate.RunAsync(build, database, command);
        if (result.ExitCode != 0)
        {
            throw new EvolutionFailure($"{where}: `migrate {command}` failed:\n{result}");
        }
    }

    private static DatabaseProvider ProviderOf(TestDatabase database) =>
        database is PostgresDatabase ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    private static async Task<DatabaseShape> ShapeAsync(TestDatabase database, BuildManifest built)
    {
        await using var connection = await database.OpenAsync();
        return await SchemaReader.ReadAsync(connection, ProviderOf(database), built, CancellationToken.None);
    }

    /// <summary>All checks on one connection: the test databases do not pool, and a PostgreSQL connection is a process.</summary>
    private static async Task CheckAsync(TestDatabase database, BuildManifest built, ExpectedRows rows, DatabaseShape shape, string where)
    {
        await using var connection = await database.OpenAsync();
        Task<List<object?[]>> QueryAsync(string sql) => SchemaReader.QueryAsync(connection, sql, CancellationToken.None);
        var live = await SchemaReader.ReadAsync(connection, ProviderOf(database), built, CancellationToken.None);
        var differences = ShapeComparison.Differences(shape, live);
        if (differences.Count > 0)
        {
            throw new EvolutionFailure($"{where}: the live shape differs from the expected one:\n  {string.Join("\n  ", differences)}");
        }

        foreach (var (table, expectedRows) in rows.Tables)
        {
            var columns = live.Table(table)?.Columns.Select(c => c.Name).ToList() ?? [];
            var actual = await QueryAsync($"SELECT {string.Join(", ", columns.Select(c => Selected(database, live.Table(table)!, c)))} FROM {database.Quote(table)}");
            var byId = new Dictionary<long, Dictionary<string, string?>>();
            foreach (var row in actual)
            {
                var values = columns.Select((c, i) => (c, RowValues.Read(row[i]))).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
                byId[long.Parse(values["id"]!, CultureInfo.InvariantCulture)] = values;
            }

            var problems = new List<string>();
            problems.AddRange(expectedRows.Keys.Where(id => !byId.ContainsKey(id)).Select(id => $"{table} row {id} is gone"));
            problems.AddRange(byId.Keys.Where(id => !expectedRows.ContainsKey(id)).Select(id => $"{table} has a row {id} nobody inserted"));
            foreach (var (id, expectedRow) in expectedRows.Where(r => byId.ContainsKey(r.Key)))
            {
                foreach (var (column, value) in expectedRow)
                {
                    var found = byId[id].TryGetValue(column, out var v) ? v : "<no column>";
                    if (found != value)
                    {
                        problems.Add($"{table} row {id}: {column} is {found ?? "NULL"}, expected {value ?? "NULL"}");
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new EvolutionFailure($"{where}: rows lost or changed:\n  {string.Join("\n  ", problems.Take(12))}");
            }
        }

        foreach (var table in live.Tables)
        {
            foreach (var key in table.ForeignKeys)
            {
                var orphans = await QueryAsync(
                    $"SELECT COUNT(*) FROM {database.Quote(table.Name)} c WHERE c.{database.Quote(key.Column)} IS NOT NULL AND NOT EXISTS " +
                    $"(SELECT 1 FROM {database.Quote(key.TargetTable)} p WHERE p.{database.Quote(key.TargetColumn)} = c.{database.Quote(key.Column)})");
                if (Convert.ToInt64(orphans[0][0], CultureInfo.InvariantCulture) != 0)
                {
                    throw new EvolutionFailure($"{where}: {table.Name}.{key.Column} has values that point at no row of {key.TargetTable}");
                }
            }
        }

        if (database is SqliteDatabase)
        {
            var violations = await QueryAsync("PRAGMA foreign_key_check");
            if (violations.Count > 0)
            {
                throw new EvolutionFailure($"{where}: PRAGMA foreign_key_check reports {violations.Count} violation(s), first in {violations[0][0]}");
            }
        }
    }

    private static async Task<ExpectedRows> InsertRowsAsync(
        List<TestDatabase> databases, EvolutionSchema schema, ExpectedRows expected, Dictionary<string, long> ids, Random random, int rows, string what)
    {
        var statements = databases.ToDictionary(d => d, _ => new List<(string Table, string Sql)>());
        foreach (var model in schema.ParentsFirst())
        {
            for (var r = 0; r < rows; r++)
            {
                var id = ids[model.Table] = ids.GetValueOrDefault(model.Table) + 1;
                var row = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
                foreach (var field in model.Fields)
                {
                    row[field.Column] = RowValues.ValueFor(field, id, random, target =>
                    {
                        var parents = expected.Tables[schema.Model(target)!.Table].Keys.ToList();
                        return parents.Count == 0 ? null : parents[random.Next(parents.Count)];
                    });
                }

                foreach (var database in databases)
                {
                    var postgres = database is PostgresDatabase;
                    var columns = string.Join(", ", model.Fields.Select(f => database.Quote(f.Column)).Prepend(database.Quote("id")));
                    var values = string.Join(", ", model.Fields.Select(f => RowValues.Sql(f, row[f.Column], postgres)).Prepend(id.ToString(CultureInfo.InvariantCulture)));
                    statements[database].Add((model.Table, $"INSERT INTO {database.Quote(model.Table)} ({columns}) VALUES ({values})"));
                }

                expected = expected.WithRow(model.Table, id, row.ToImmutable());
            }
        }

        foreach (var (database, inserts) in statements)
        {
            // One transaction: a commit per row would be a disk flush per row.
            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var (table, sql) in inserts)
            {
                try
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    await command.ExecuteNonQueryAsync();
                }
                catch (System.Data.Common.DbException e)
                {
                    throw new EvolutionFailure($"{what} on {database.Provider}: inserting a row into {table} failed: {e.Message}");
                }
            }

            await transaction.CommitAsync();
        }

        return expected;
    }

    /// <summary>A native enum column is read as its text (an array of them as text[]): its type is newer than the connection's type cache.</summary>
    private static string Selected(TestDatabase database, TableInfo table, string column)
    {
        var type = table.Columns.First(c => c.Name == column).Type;
        return database is PostgresDatabase && table.EnumChecks.Any(c => c.Column == column) && type is not ("varchar(63)" or "text" or "varchar(63)[]")
            ? $"{database.Quote(column)}::{(type.EndsWith("[]", StringComparison.Ordinal) ? "text[]" : "text")} AS {database.Quote(column)}"
            : database.Quote(column);
    }
}

internal sealed class EvolutionFailure(string message) : Exception(message);
