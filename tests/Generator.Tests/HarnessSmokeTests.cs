using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests;

public sealed class HarnessSmokeTests
{
    [Fact]
    public void Generator_runs_without_throwing_on_an_empty_project()
    {
        var run = new GeneratorHarness().Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationProblems);
    }
}
