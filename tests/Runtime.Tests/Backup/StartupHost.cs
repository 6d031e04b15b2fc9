using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Runtime.Tests.Backup;

/// <summary>
/// The services a web app or worker gives <c>MigrateDatabaseAsync</c>: configuration with the connection string,
/// logging that keeps every line, and <c>AddBackendInABox</c> with the test's options.
/// </summary>
internal sealed class StartupHost : IHost, ILoggerProvider, ILogger
{
    private readonly ServiceProvider _services;
    private readonly List<string> _lines = [];

    /// <param name="settings">More of the app's configuration (another database's connection string).</param>
    public StartupHost(string connectionString, Action<Hosting.BackendInABoxOptions> configure, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["ConnectionStrings:Default"] = connectionString })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(this))
            .AddBackendInABox(configuration, configure)
            .BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join("\n", _lines);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add(formatter(state, exception));
        }
    }

    public void Dispose() => _services.Dispose();
}
