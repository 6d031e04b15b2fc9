using System.Globalization;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>Apps with a known history for the safety tests.</summary>
internal static class SafetyApps
{
    /// <summary>
    /// The customers table (generated first migration) followed by <paramref name="columns"/> hand-written
    /// migrations, each adding one column extra_1..extra_N: several migrations for runners to race over.
    /// </summary>
    public static async Task<(AppUnderTest App, IReadOnlyList<long> Ids)> CustomersWithExtraColumnsAsync(TestDatabase database, int columns)
    {
        var app = new AppUnderTest(database);
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.GenerateAsync("initial schema");
        var ids = new List<long> { initial.Id };
        for (var i = 1; i <= columns; i++)
        {
            var id = MigrationFile.After(initial.Id, i);
            app.App.WithMigration($"{id}_add_extra_{i}.yaml", MigrationFile.Text(
                id,
                $"add extra {i}",
                ids[^1],
                up: $"  - add_column: {{ table: customers, column: {{ name: extra_{i}, type: string, max_length: 20 }} }}\n",
                down: $"  - drop_column: {{ table: customers, column: extra_{i} }}\n"));
            ids.Add(id);
        }

        app.Rebuild();
        return (app, ids);
    }

    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);
}
