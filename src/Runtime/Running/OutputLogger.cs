using Microsoft.Extensions.Logging;

namespace BackendInABox.Running;

/// <summary>A code step's log as lines of the command's output, indented under the migration they belong to.</summary>
internal sealed class OutputLogger(TextWriter output) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            output.WriteLine("    " + formatter(state, exception));
        }
    }
}
