using System.Text.RegularExpressions;
using Xunit;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>What one `migrate` run did: its exit code and everything it wrote.</summary>
internal sealed partial record RunResult(int ExitCode, string StandardOutput, string StandardError, string Command)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString() =>
        $"`{Command}` exited {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    public RunResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, "Expected exit code 0.\n" + this);
        return this;
    }

    public RunResult ShouldFail(params int[] allowedExitCodes)
    {
        var allowed = allowedExitCodes.Length == 0 ? [1] : allowedExitCodes;
        Assert.True(allowed.Contains(ExitCode), $"Expected exit code {string.Join(" or ", allowed)}.\n" + this);
        return this;
    }

    public RunResult ShouldContain(string text)
    {
        Assert.True(Output.Contains(text, StringComparison.OrdinalIgnoreCase), $"Expected the output to contain \"{text}\".\n" + this);
        return this;
    }

    public RunResult ShouldNotContain(string text)
    {
        Assert.False(Output.Contains(text, StringComparison.OrdinalIgnoreCase), $"Expected the output not to contain \"{text}\".\n" + this);
        return this;
    }

    /// <summary>No .NET stack frame ("   at Namespace.Type.Method(...)") in the output.</summary>
    public RunResult ShouldHaveNoStackTrace()
    {
        Assert.False(StackFrame().IsMatch(Output), "Expected no stack trace without --verbose.\n" + this);
        return this;
    }

    public bool HasStackTrace => StackFrame().IsMatch(Output);

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
