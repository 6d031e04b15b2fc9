using System.Text.Json.Nodes;
using BackendInABox;
using Microsoft.Extensions.Logging;

namespace SampleApp.MigrationSteps;

/// <summary>
/// The down's code step of `move product colors out of attributes`, the inverse of <see cref="MoveColorOutOfAttributes"/>:
/// each product's color goes back into its attributes as "color" before the down drops the column.
/// </summary>
public sealed class MoveColorIntoAttributes : IMigrationStep
{
    public async Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var row in await ProductColors.ReadAsync(context, cancellationToken))
        {
            if (row.Color is not { } color)
            {
                continue;
            }

            var attributes = row.Attributes ?? [];
            attributes[ProductColors.Key] = color;
            await ProductColors.WriteAsync(context, row with { Attributes = attributes, Color = null }, cancellationToken);
            moved++;
        }

        context.Logger.LogInformation("moved the color of {Count} product(s) back into attributes", moved);
    }
}
