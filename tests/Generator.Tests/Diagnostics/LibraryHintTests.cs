using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Diagnostics;

/// <summary>A class library cannot be run, so the build's hint names the command that works: the app's that references it.</summary>
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

    [Fact]
    public void BIAB200_in_an_app_says_dotnet_run_in_it()
    {
        var run = new GeneratorHarness().WithProperty("OutputType", "Exe").WithSchema("customer.yaml", Customer).Run();

        var message = Assert.Single(run.BiabDiagnostics, d => d.Id == "BIAB200").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Run `dotnet run -- migrate generate \"<message>\"`", message, StringComparison.Ordinal);
    }
}
