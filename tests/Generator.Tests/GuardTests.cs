using BackendInABox.Generator.Pipeline;
using Xunit;

namespace BackendInABox.Generator.Tests;

/// <summary>A failing pipeline step becomes one BIAB900 error at the file it was working on, never an exception.</summary>
public sealed class GuardTests
{
    [Fact]
    public void An_exception_in_a_step_becomes_an_internal_error_diagnostic()
    {
        var result = Guard.Run<string?>("reading a schema file", "/app/schema/x.yaml", () => throw new InvalidOperationException("boom"), error => error.Message + "|" + error.Descriptor.Id + "|" + error.Location!.FilePath);

        Assert.Equal("Backend-in-a-Box failed while reading a schema file (InvalidOperationException: boom). The rest of the output was generated; please report this with the file that caused it.|BIAB900|/app/schema/x.yaml", result);
    }

    [Fact]
    public void Cancellation_is_not_swallowed()
    {
        Assert.Throws<OperationCanceledException>(() => Guard.Run<string?>("x", null, () => throw new OperationCanceledException(), _ => null));
    }
}
