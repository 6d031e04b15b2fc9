using System.Globalization;
using System.Text.Json.Nodes;
using BackendInABox;

namespace SampleApp.MigrationSteps;

/// <summary>
/// The products' attributes and color as the `move product colors out of attributes` migration finds them. Its
/// steps name the table and columns as they are at that migration, not through the entity's constants: the history
/// replays on every new database, and a later migration may rename what the entity calls them today.
/// </summary>
internal static class ProductColors
{
    public const string Key = "color";

    /// <summary>The color column's max_length: a longer value stays in the attributes.</summary>
    public const int MaxLength = 40;

    public static async Task<List<ProductColor>> ReadAsync(MigrationStepContext context, CancellationToken cancellationToken)
    {
        var rows = new List<ProductColor>();
        await using var read = context.CreateCommand("SELECT id, attributes, color FROM products ORDER BY id");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ProductColor(
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : JsonNode.Parse(reader.GetString(1)) as JsonObject,
                reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    public static async Task WriteAsync(MigrationStepContext context, ProductColor row, CancellationToken cancellationToken)
    {
        // jsonb takes no text parameter without a cast; SQLite keeps the JSON as TEXT.
        var attributes = context.Dialect == "PostgreSQL" ? "CAST(@attributes AS jsonb)" : "@attributes";
        await using var update = context.CreateCommand($"UPDATE products SET attributes = {attributes}, color = @color WHERE id = @id");
        Add(update, "@attributes", row.Attributes?.ToJsonString());
        Add(update, "@color", row.Color);
        Add(update, "@id", row.Id);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>One product's row: its attributes when they are a JSON object, and its color column.</summary>
internal sealed record ProductColor(long Id, JsonObject? Attributes, string? Color);
