using Dapper;
using Npgsql;

namespace RowsApp;

/// <summary>
/// Plain Npgsql and Dapper on a data source built with the generated <c>MapBackendInABoxEnums()</c>: each writes an
/// order with a native enum (<c>On Hold</c>, a label Npgsql's own snake_case naming would get wrong), both read both
/// back, and Dapper queries by the enum as a parameter. Without the mapping Npgsql refuses to read the column.
/// </summary>
internal static class NativeEnumChecks
{
    private static readonly string Insert = $"INSERT INTO {Order.TableName} (\"{Order.Columns.MemberId}\", \"{Order.Columns.Status}\", \"{Order.Columns.Total}\") VALUES (@MemberId, @Status, @Total) RETURNING \"{Order.Columns.Id}\"";

    private static readonly string ByMember = $"SELECT {Order.Columns.All} FROM {Order.TableName} WHERE \"{Order.Columns.MemberId}\" = @memberId ORDER BY \"{Order.Columns.Id}\"";

    public static async Task<List<string>> RunAsync(string connectionString, Guid team)
    {
        var expect = new Expect();
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString).MapBackendInABoxEnums().Build();
        await using var connection = await dataSource.OpenConnectionAsync();
        var member = Samples.Bare(team);
        await connection.ExecuteAsync(Sql.Insert, member);

        long adoNetId;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Insert;
            new Order { MemberId = member.Id, Status = OrderStatus.OnHold, Total = 1.5m }.AddParameters(command);
            adoNetId = (long)(await command.ExecuteScalarAsync())!;
        }

        var dapperId = await connection.ExecuteScalarAsync<long>(Insert, new Order { MemberId = member.Id, Status = OrderStatus.OnHold, Total = 2.5m });
        await connection.ExecuteScalarAsync<long>(Insert, new Order { MemberId = member.Id, Status = OrderStatus.Open, Total = 3.5m });

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = ByMember;
            command.Parameters.AddWithValue("memberId", member.Id);
            await using var reader = await command.ExecuteReaderAsync();
            var read = await Order.ReadAllAsync(reader);
            expect.Equal("ADO.NET reads the statuses ADO.NET and Dapper wrote", "OnHold OnHold Open", string.Join(" ", read.Select(o => o.Status)));
        }

        var orders = (await connection.QueryAsync<Order>(ByMember, new { memberId = member.Id })).ToList();
        expect.Equal("Dapper reads the statuses ADO.NET and Dapper wrote", "OnHold OnHold Open", string.Join(" ", orders.Select(o => o.Status)));
        expect.Equal("Dapper reads the ADO.NET row's total", 1.5m, orders.FirstOrDefault(o => o.Id == adoNetId)?.Total);

        var held = await connection.QueryAsync<long>($"SELECT \"{Order.Columns.Id}\" FROM {Order.TableName} WHERE \"{Order.Columns.Status}\" = @status AND \"{Order.Columns.MemberId}\" = @memberId ORDER BY 1", new { status = OrderStatus.OnHold, memberId = member.Id });
        expect.Equal("Dapper finds the orders by the enum parameter", $"{adoNetId} {dapperId}", string.Join(" ", held));

        var labels = await connection.QueryAsync<string>($"SELECT \"{Order.Columns.Status}\"::text FROM {Order.TableName} WHERE \"{Order.Columns.MemberId}\" = @memberId ORDER BY \"{Order.Columns.Id}\"", new { memberId = member.Id });
        expect.Equal("the stored labels", "On Hold, On Hold, open", string.Join(", ", labels));

        await connection.ExecuteAsync(Sql.Delete, new { id = member.Id });
        return expect.Problems;
    }
}
