namespace BackendInABox;

/// <summary>
/// A failure to report as one clear sentence (and details after it), without a stack trace unless --verbose.
/// </summary>
internal sealed class UserError(string message, string? details = null, int exitCode = 1, Exception? inner = null) : Exception(message, inner)
{
    public string? Details { get; } = details;

    public int ExitCode { get; } = exitCode;
}
