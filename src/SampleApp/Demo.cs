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
        var pending = await database.PendingMigrationsAsync();
        if (pending.Count > 0)
        {
            Console.Error.WriteLine($"The database is behind: {pending.Count} migration(s) not applied. Run `dotnet run --project src/SampleApp -- migrate up` first.");
            return 1;
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var team = new Team { Name = "Platform" };
        team.Id = await UpsertTeamAsync(connection, team);
        await UpsertUserAsync(connection, new User { Email = "ada@example.com", FullName = "Ada Lovelace", TeamId = team.Id });
        await UpsertUserAsync(connection, new User { Email = "grace@example.com", FullName = "Grace Hopper", TeamId = team.Id });
        await UpsertProductAsync(connection, new Product { Sku = "BOX-1", Title = "Backend in a Box", Price = 19.99m, TeamId = team.Id });

        await ListAsync(connection);
        return 0;
    }

    private static async Task<Guid> UpsertTeamAsync(DbConnection connection, Team team)
    {
        await ExecuteAsync(
            connection,
            $"INSERT INTO {Team.TableName} ({Team.Columns.Name}) VALUES (@name) ON CONFLICT ({Team.Columns.Name}) DO NOTHING",
            ("name", team.Name));
        var id = await ScalarAsync(connection, $"SELECT {Team.Columns.Id} FROM {Team.TableName} WHERE {Team.Columns.Name} = @name", ("name", team.Name));
        return id is Guid guid ? guid : Guid.Parse((string)id!);
    }

    private static Task UpsertUserAsync(DbConnection connection, User user) =>
        ExecuteAsync(
            connection,
            $"INSERT INTO {User.TableName} ({User.Columns.Email}, {User.Columns.FullName}, {User.Columns.Role}, {User.Columns.TeamId}) " +
            $"VALUES (@email, @name, @role, @team) ON CONFLICT ({User.Columns.Email}) DO NOTHING",
            ("email", user.Email),
            ("name", user.FullName),
            ("role", user.Role.ToDbValue()),
            ("team", Key(connection, user.TeamId)));

    private static Task UpsertProductAsync(DbConnection connection, Product product) =>
        ExecuteAsync(
            connection,
            $"INSERT INTO {Product.TableName} ({Product.Columns.Sku}, {Product.Columns.Title}, {Product.Columns.Price}, {Product.Columns.Status}, {Product.Columns.TeamId}) " +
            $"VALUES (@sku, @title, @price, @status, @team) ON CONFLICT ({Product.Columns.Sku}) DO NOTHING",
            ("sku", product.Sku),
            ("title", product.Title),
            ("price", product.Price),
            ("status", product.Status.ToDbValue()),
            ("team", Key(connection, product.TeamId)));

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

    /// <summary>A uuid key as the provider stores it: uuid in PostgreSQL, text in SQLite.</summary>
    private static object? Key(DbConnection connection, Guid? id) =>
        id is { } value && connection is Microsoft.Data.Sqlite.SqliteConnection ? value.ToString("D") : id;

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
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

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
