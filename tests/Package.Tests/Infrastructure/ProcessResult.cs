namespace BackendInABox.Package.Tests.Infrastructure;

internal sealed record ProcessResult(int ExitCode, string Output, string Command)
{
    /// <summary>The result itself, or an exception naming the command and showing all it printed.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException(Describe());
        }

        return this;
    }

    public string Describe() => $"`{Command}` exited with {ExitCode}:\n{Output}";
}
