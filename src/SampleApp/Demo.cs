using System.Data.Common;
using System.Globalization;
using BackendInABox;

namespace SampleApp;

/// <summary>
/// What the sample does without `migrate`: checks the database is current, then upserts a team, two users and a
/// product and lists them, through the generated row helpers (<c>AddParameters</c>, <c>ReadAllAsync</c>,
/// <c>Columns.All</c>): no value is converted by hand, on PostgreSQL or SQLite.
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
        await UpsertAsync(connection, Team.TableName, Team.Columns.All, Team.Columns.AllParameters, Team.Columns.Name, new Team { Name = SampleHooks.ReferenceTeam }.AddParameters);
        var team = (await QueryAsync(connection, $"SELECT {Team.Columns.All} FROM {Team.TableName} WHERE {Team.Columns.Name} = @Name", new Team { Name = SampleHooks.ReferenceTeam }.AddParameters, Team.ReadAllAsync)).Single();
        foreach (var user in new[] { new User { Email = "ada@example.com", FullName = "Ada Lovelace", TeamId = team.Id }, new User { Email = "grace@example.com", FullName = "Grace Hopper", TeamId = team.Id } })
        {
            await UpsertAsync(connection, User.TableName, User.Columns.All, User.Columns.AllParameters, User.Columns.Email, user.AddParameters);
        }

        // The key is an identity column: the database numbers the row, so the INSERT leaves it out.
        var product = new Product { Sku = "BOX-1", Title = "Backend in a Box", Price = 19.99m, TeamId = team.Id };
        await UpsertAsync(connection, Product.TableName, $"{Product.Columns.Sku}, {Product.Columns.Title}, {Product.Columns.Price}, {Product.Columns.Status}, {Product.Columns.TeamId}",
            "@Sku, @Title, @Price, @Status, @TeamId", Product.Columns.Sku, product.AddParameters);

        await ListAsync(connection);
        return 0;
    }

    /// <summary>INSERT ... ON CONFLICT (key) DO NOTHING, its values the parameters the entity adds.</summary>
    private static async Task UpsertAsync(DbConnection connection, string table, string columns, string parameters, string key, Action<DbCommand> addParameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({parameters}) ON CONFLICT ({key}) DO NOTHING";
        addParameters(command);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ListAsync(DbConnection connection)
    {
        var teams = await QueryAsync(connection, $"SELECT {Team.Columns.All} FROM {Team.TableName} ORDER BY {Team.Columns.Name}", _ => { }, Team.ReadAllAsync);
        Console.WriteLine("Teams:");
        foreach (var team in teams)
        {
            Console.WriteLine($"  {team.Name}");
        }

        var teamNames = teams.ToDictionary(t => t.Id, t => t.Name);
        Console.WriteLine("Users:");
        foreach (var user in await QueryAsync(connection, $"SELECT {User.Columns.All} FROM {User.TableName} ORDER BY {User.Columns.Email}", _ => { }, User.ReadAllAsync))
        {
            Console.WriteLine($"  {user.Email} | {user.FullName} | {user.Role.ToDbValue()} | team {(user.TeamId is { } id ? teamNames[id] : "-")}");
        }

        Console.WriteLine("Products:");
        foreach (var product in await QueryAsync(connection, $"SELECT {Product.Columns.All} FROM {Product.TableName} ORDER BY {Product.Columns.Sku}", _ => { }, Product.ReadAllAsync))
        {
            Console.WriteLine($"  {product.Sku} | {product.Title} | {product.Price.ToString("0.00", CultureInfo.InvariantCulture)} | {product.Status.ToDbValue()} | team {teamNames[product.TeamId]}");
        }
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Action<DbCommand> addParameters, Func<DbDataReader, CancellationToken, Task<List<T>>> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        addParameters(command);
        await using var reader = await command.ExecuteReaderAsync();
        return await read(reader, CancellationToken.None);
    }
}
