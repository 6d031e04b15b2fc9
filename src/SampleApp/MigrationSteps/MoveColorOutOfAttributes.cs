using System.Text.Json;
using System.Text.Json.Nodes;
using BackendInABox;
using Microsoft.Extensions.Logging;

namespace SampleApp.MigrationSteps;

/// <summary>
/// The up's code step of `move product colors out of attributes`: a product whose attributes hold a "color" string
/// gets it in the new color column, and the key leaves the JSON. The JSON is edited with System.Text.Json, the same on
/// both dialects (jsonb on PostgreSQL, TEXT on SQLite), where the SQL would differ.
/// </summary>
public sealed class MoveColorOutOfAttributes : IMigrationStep
{
    public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var row in await ProductColors.ReadAsync(context, cancellationToken))
        {
            if (row.Attributes?[ProductColors.Key] is not JsonValue value
                || value.GetValueKind() != JsonValueKind.String
                || value.GetValue<string>() is not { Length: <= ProductColors.MaxLength } color)
            {
                continue;
            }

            row.Attributes.Remove(ProductColors.Key);
            await ProductColors.WriteAsync(context, row with { Color = color }, cancellationToken);
            moved++;
        }

        context.Logger.LogInformation("moved the color of {Count} product(s) out of attributes", moved);
    }
}
