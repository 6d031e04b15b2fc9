using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Diagnostics;

/// <summary>A class library cannot be run, so the build's hints (BIAB200, BIAB110) name the command that works: the app's that references it.</summary>
public sealed class LibraryHintTests
{
    private const string Customer = """
        name: Customer
        fields:
          id: { type: integer, primary: true }
        """;

    [Fact]
    public void BIAB200_in_a_class_library_names_the_app_that_references_it_not_dotnet_run_of_the_library()
    {
        var run = new GeneratorHarness().WithProperty("OutputType", "Library").WithSchema("customer.yaml", Customer).Run();

        var message = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB200").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Run `dotnet run --project <the app that references this library> -- migrate generate \"<message>\"`", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Run `dotnet run -- migrate", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Library", "Run `dotnet run --project <the app that references this library> -- migrate merge`")]
    [InlineData("Exe", "Run `dotnet run -- migrate merge`")]
    public void BIAB110_names_the_merge_command_that_works_for_the_project(string outputType, string hint)
    {
        var run = new GeneratorHarness().WithProperty("OutputType", outputType).WithSchema("customer.yaml", Customer)
            .WithMigration("20260101000000_customers.yaml", "id: 20260101000000\ndescription: customers\nup:\n  - create_table: { table: customers, columns: [ { name: id, type: integer, primary: true } ] }\ndown:\n  - drop_table: { table: customers }\n")
            .WithMigration("20260102000000_a.yaml", "id: 20260102000000\ndescription: a\nparent: 20260101000000\nup:\n  - add_column: { table: customers, column: { name: a, type: integer } }\ndown:\n  - drop_column: { table: customers, column: a }\n")
            .WithMigration("20260103000000_b.yaml", "id: 20260103000000\ndescription: b\nparent: 20260101000000\nup:\n  - add_column: { table: customers, column: { name: b, type: integer } }\ndown:\n  - drop_column: { table: customers, column: b }\n")
            .Run();

        var heads = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB110");
        var message = heads.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(hint, message, StringComparison.Ordinal);
        Assert.Contains("20260102000000_a.yaml (branch 20260102000000) and 20260103000000_b.yaml (branch 20260103000000)", message, StringComparison.Ordinal);
        Assert.EndsWith("20260103000000_b.yaml", heads.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(0, heads.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void BIAB200_in_an_app_says_dotnet_run_in_it()
    {
        var run = new GeneratorHarness().WithProperty("OutputType", "Exe").WithSchema("customer.yaml", Customer).Run();

        var message = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB200").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Run `dotnet run -- migrate generate \"<message>\"`", message, StringComparison.Ordinal);
    }
}
