namespace BackendInABox.Package.Tests.Infrastructure;

/// <summary>
/// A test that publishes with Native AOT: minutes of native compilation and a clang toolchain, so it runs only when
/// BIAB_TEST_AOT=1 asks for it (README, "Publishing trimmed or as a native binary"); CI runs the trimmed publish.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public const string Variable = "BIAB_TEST_AOT";

    public NativeAotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Native AOT publishing is opt-in: {Variable}=1 bash scripts/test.sh --filter FullyQualifiedName~PublishModeTests";
        }
    }
}
