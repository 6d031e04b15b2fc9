using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>Files ending in .yml are schema and migration files like .yaml ones (the package's targets add both).</summary>
public sealed class YmlFileTests
{
    [Fact]
    public async Task A_yml_schema_and_a_yml_migration_are_built_and_applied()
    {
        await using var app = new AppUnderTest(new SqliteDatabase());
        app.WithSchema("customer.yml", Schemas.Customer);
        app.App.WithMigration("20260101000000_create_customers.yml", """
            id: 20260101000000
            description: create customers
            up:
              - create_table:
                  table: customers
                  columns:
                    - { name: id, type: integer, primary: true }
                    - { name: email, type: string, max_length: 200, required: true }
            down:
              - drop_table: { table: customers }
            """);

        Assert.Empty(app.Rebuild().PendingChangeWarnings);
        (await app.MigrateAsync("up")).ShouldSucceed().ShouldContain("20260101000000");
        Assert.Equal(["email", "id"], (await app.Database.ColumnsAsync("customers")).Order(StringComparer.Ordinal));
    }
}
