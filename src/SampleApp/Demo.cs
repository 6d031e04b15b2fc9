using System.Data.Common;
using System.Globalization;
using BackendInABox;

namespace SampleApp;

/// <summary>
/// What the sample does without `migrate`: checks the database is current, then upserts a team, two users and a
/// product and lists them, using the generated entities, enums and table/column constants.
/// </summary>
internal static class Demo
{
    public static async Task<int> RunAsync()
    {
        var database = AppDatabase.FromEnvironment();
        Console.WriteLine($"Backend-in-a-Box sample app on {database.Provider} ({database.Description})");
        try
        {
            await database.EnsureCurrentAsync();
        }
        catch (DatabaseNotCurrentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var team = new Team { Name = SampleHooks.ReferenceTeam };
        team.Id = await UpsertTeamAsync(connection, team);
        await UpsertUserAsync(connection, new User { Email = "ada@example.com", FullName = "Ada Lovelace", TeamId = team.Id });
        await UpsertUserAsync(connection, new User { Email = "grace@example.com", FullName = "Grace Hopper", TeamId = team.Id });
        await UpsertProductAsync(connection, new Product { Sku = "BOX-1", Title = "Backend in a Box", Price = 19.99m, TeamId = team.Id });

        await ListAsync(connection);
        return 0;
    }

    private static async Task<Guid> UpsertTeamAsync(DbConnection connection, Team team)
    {
        await InsertUnlessPresentAsync(connection, Team.TableName, Team.Columns.Name, (Team.Columns.Name, team.Name));
        var id = await ScalarAsync(connection, $"SELECT {Team.Columns.Id} FROM {Team.TableName} WHERE {Team.Columns.Name} = @p0", team.Name);
        return id is Guid guid ? guid : Guid.Parse((string)id!);
    }

    private static Task UpsertUserAsync(DbConnection connection, User user) =>
        InsertUnlessPresentAsync(connection, User.TableName, User.Columns.Email, (User.Columns.Email, user.Email), (User.Columns.FullName, user.FullName),
            (User.Columns.Role, user.Role.ToDbValue()), (User.Columns.TeamId, user.TeamId));

    private static Task UpsertProductAsync(DbConnection connection, Product product) =>
        InsertUnlessPresentAsync(connection, Product.TableName, Product.Columns.Sku, (Product.Columns.Sku, product.Sku), (Product.Columns.Title, product.Title),
            (Product.Columns.Price, product.Price), (Product.Columns.Status, product.Status.ToDbValue()), (Product.Columns.TeamId, product.TeamId));

    /// <summary>INSERT ... ON CONFLICT (key) DO NOTHING, written from the generated column constants.</summary>
    private static async Task InsertUnlessPresentAsync(DbConnection connection, string table, string key, params (string Column, object? Value)[] values)
    {
        var sql = $"INSERT INTO {table} ({string.Join(", ", values.Select(v => v.Column))}) " +
            $"VALUES ({string.Join(", ", values.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))}) ON CONFLICT ({key}) DO NOTHING";
        await using var command = Command(connection, sql, [.. values.Select(v => v.Value)]);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ListAsync(DbConnection connection)
    {
        Console.WriteLine("Teams:");
        foreach (var row in await QueryAsync(connection, $"SELECT {Team.Columns.Name} FROM {Team.TableName} ORDER BY {Team.Columns.Name}"))
        {
            Console.WriteLine($"  {row[0]}");
        }

        Console.WriteLine("Users:");
        var users = $"SELECT u.{User.Columns.Email}, u.{User.Columns.FullName}, u.{User.Columns.Role}, t.{Team.Columns.Name} " +
            $"FROM {User.TableName} u LEFT JOIN {Team.TableName} t ON t.{Team.Columns.Id} = u.{User.Columns.TeamId} ORDER BY u.{User.Columns.Email}";
        foreach (var row in await QueryAsync(connection, users))
        {
            var role = UserRoleValues.Parse((string)row[2]!);
            Console.WriteLine($"  {row[0]} | {row[1]} | {role.ToDbValue()} | team {row[3] ?? "-"}");
        }

        Console.WriteLine("Products:");
        var products = $"SELECT p.{Product.Columns.Sku}, p.{Product.Columns.Title}, p.{Product.Columns.Price}, p.{Product.Columns.Status}, t.{Team.Columns.Name} " +
            $"FROM {Product.TableName} p JOIN {Team.TableName} t ON t.{Team.Columns.Id} = p.{Product.Columns.TeamId} ORDER BY p.{Product.Columns.Sku}";
        foreach (var row in await QueryAsync(connection, products))
        {
            var price = Convert.ToDecimal(row[2], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {row[0]} | {row[1]} | {price} | {ProductStatusValues.Parse((string)row[3]!).ToDbValue()} | team {row[4]}");
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A command whose values are the parameters @p0, @p1, ...</summary>
    private static DbCommand Command(DbConnection connection, string sql, params object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
