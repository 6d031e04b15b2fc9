using FluentMigrator.Runner;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Running;

/// <summary>
/// Receives FluentMigrator's log: keeps the statement being executed (so a failure can name it) and, in verbose mode
/// or for `migrate script`, passes the SQL on.
/// </summary>
internal sealed class SqlLog(Action<string>? onSql) : ILoggerProvider, ILogger
{
    public string? LastStatement { get; private set; }

    /// <summary>
    /// Called where a step that is not SQL would run (a code step; FluentMigrator says "Performing DB Operation" and,
    /// without a connection, skips it), so `migrate script` can mark its place.
    /// </summary>
    public Action? OnOperation { get; init; }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id == RunnerEventIds.Say.Id && OnOperation is { } onOperation && formatter(state, exception).StartsWith("Performing DB Operation", StringComparison.Ordinal))
        {
            onOperation();
            return;
        }

        if (eventId.Id != RunnerEventIds.Sql.Id)
        {
            return;
        }

        var sql = formatter(state, exception).Trim();
        if (sql.Length == 0)
        {
            return;
        }

        Record(sql);
    }

    /// <summary>A statement the runner sends itself (its history table), shown and remembered like FluentMigrator's.</summary>
    public void Record(string sql)
    {
        LastStatement = sql;
        onSql?.Invoke(sql);
    }

    /// <summary>Clean-up after a failure (the runner's own pragmas) must not hide the statement that failed.</summary>
    public void Restore(string? statement) => LastStatement = statement;

    public void Dispose()
    {
    }
}
