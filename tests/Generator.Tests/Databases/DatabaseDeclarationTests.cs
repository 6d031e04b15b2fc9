using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static BackendInABox.Generator.Tests.Databases.DatabaseSchemas;

namespace BackendInABox.Generator.Tests.Databases;

/// <summary>A BackendInABoxDatabase item that cannot be a database is BIAB090 at the project file; the other databases are generated.</summary>
public sealed class DatabaseDeclarationTests
{
    [Theory]
    [InlineData("Analytics", null, null, null, "'Analytics' is not a database name: use lower-case letters, digits and '_', starting with a letter")]
    [InlineData("9lives", null, null, null, "'9lives' is not a database name")]
    [InlineData("default", null, null, null, "'default' is the implicit database (BackendInABoxSchemaDir, BackendInABoxMigrationsDir); give the extra database another name.")]
    [InlineData("reports", "schema/reports", null, null, "its SchemaDir schema/reports overlaps the folder schema of database 'default'")]
    [InlineData("reports", "reports/schema", "migrations", null, "its MigrationsDir migrations overlaps the folder migrations of database 'default'")]
    [InlineData("reports", "analytics", null, null, "its SchemaDir analytics overlaps the folder analytics/schema of database 'analytics'")]
    [InlineData("reports", null, null, "Acme.class", "Namespace 'Acme.class' is not a C# namespace.")]
    [InlineData("reports", null, null, "TestApp.Analytics", "its models' namespace TestApp.Analytics is also that of database 'analytics'; set Namespace= to another.")]
    [InlineData("analytics", "other/schema", "other/migrations", null, "the project already declares a database 'analytics'.")]
    [InlineData("analytic_s", null, null, null, "its C# name AnalyticS is also that of database 'analytic__s'.")]
    public void A_bad_item_is_an_error_at_the_project_file_and_the_valid_ones_are_generated(string name, string? schemaDir, string? migrationsDir, string? ns, string reason)
    {
        var run = new GeneratorHarness()
            .WithDatabase("analytics")
            .WithDatabase("analytic__s", schemaDir: "as/schema", migrationsDir: "as/migrations")
            .WithDatabase(name, schemaDir, migrationsDir, ns)
            .WithSchema("user.yaml", User)
            .WithDatabaseSchema("analytics", "session.yaml", Session)
            .Run()
            .WithoutDiagnostic("BIAB200");

        var error = Assert.Single(run.BiabDiagnostics);
        Assert.Equal(("BIAB090", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal("/app/TestApp.csproj", error.Location.GetLineSpan().Path);
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith($"TestApp.csproj, <BackendInABoxDatabase Include=\"{name}\" />: ", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.EndsWith(" The database is not generated.", message, StringComparison.Ordinal);
        Assert.Equal(["default", "analytics", "analytic__s"], ManifestReader.ReadAll(run).Select(m => m.Database));
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestApp.Analytics.Session"));
    }

    [Fact]
    public void A_list_the_generator_cannot_split_into_items_is_an_error_at_the_project_file()
    {
        var run = new GeneratorHarness().WithProperty("BackendInABoxDatabases", "analytics|analytics/schema|analytics/migrations").WithSchema("user.yaml", User).Run().WithoutDiagnostic("BIAB200");

        var error = Assert.Single(run.BiabDiagnostics);
        Assert.Equal(("BIAB090", "/app/TestApp.csproj"), (error.Id, error.Location.GetLineSpan().Path));
        Assert.Contains("cannot contain '|'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(["default"], ManifestReader.ReadAll(run).Select(m => m.Database));
    }

    [Fact]
    public void The_files_of_a_database_the_project_does_not_declare_are_read_by_no_database()
    {
        var run = new GeneratorHarness()
            .WithDatabase("Analytics")
            .WithSchema("user.yaml", User)
            .WithDatabaseSchema("Analytics", "session.yaml", Session)
            .Run()
            .WithoutDiagnostic("BIAB200");

        Assert.Equal("BIAB090", Assert.Single(run.BiabDiagnostics).Id);
        Assert.Null(run.Output.GetTypeByMetadataName("TestApp.Session"));
        Assert.Null(run.Output.GetTypeByMetadataName("TestApp.Analytics.Session"));
        Assert.Empty(run.CompilationProblems);
    }
}
