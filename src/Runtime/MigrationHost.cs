using System.Reflection;
using BackendInABox.Cli;
using BackendInABox.Configuration;

namespace BackendInABox;

/// <summary>
/// The runner host an app calls from Program.cs:
/// <c>if (args is ["migrate", ..]) Environment.Exit(await BackendInABox.MigrationHost.RunAsync(args));</c>
/// (no <c>return</c>, so it fits above any Program.cs, the console template's included).
/// It runs the app's generated FluentMigrator migrations against PostgreSQL or an embedded SQLite file.
/// </summary>
public static class MigrationHost
{
    /// <summary>Runs `migrate &lt;command&gt;` for the entry assembly. Returns the exit code: 0 done, 1 failed, 2 bad usage.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, new MigrationHostOptions(), cancellationToken);

    /// <summary>Runs `migrate &lt;command&gt;` with explicit options (the app assembly, writers, environment).</summary>
    public static async Task<int> RunAsync(string[] args, MigrationHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? Console.Out;
        var error = options.Error ?? Console.Error;
        var environment = options.Environment ?? ProcessEnvironment.Read();
        var app = options.AppAssembly ?? Assembly.GetEntryAssembly();
        var arguments = args.Length > 0 && args[0] == "migrate" ? args[1..] : args;
        var host = new HostContext(app, output, error, environment, ConnectionSettings.For(options.ConnectionStringName)) { Hooks = options.Hooks };
        return await MigrateCommandLine.InvokeAsync(host, arguments, cancellationToken);
    }
}
