using System.Reflection;
using BackendInABox.Configuration;
using BackendInABox.Manifest;

namespace BackendInABox.Cli;

/// <summary>What every command works with: the app, the writers, the environment and the global options.</summary>
internal sealed class HostContext(Assembly? app, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment)
{
    private BuildManifest? _manifest;

    public Assembly? App { get; } = app;

    public TextWriter Output { get; } = output;

    public TextWriter ErrorWriter { get; } = error;

    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    public string? ConnectionOption { get; set; }

    public int? WaitSeconds { get; set; }

    public bool Verbose { get; set; }

    /// <summary>`--allow-unknown`: migrate a database that also holds migrations of another app (a deliberate shared database).</summary>
    public bool AllowUnknown { get; set; }

    /// <summary>Standard output carries one JSON document, so every other line goes to standard error.</summary>
    public bool Json { get; set; }

    /// <summary>Set once the database is known, so every line written is scrubbed of its password.</summary>
    public DatabaseTarget? Target { get; private set; }

    public BuildManifest Manifest => _manifest ??= BuildManifest.Load(App);

    public Assembly AppAssembly => App ?? throw new UserError("Cannot tell which app to migrate: there is no entry assembly.");

    public DatabaseTarget ResolveTarget()
    {
        Target ??= ConnectionResolver.Resolve(ConnectionOption, Environment, App, Manifest.ProjectDirectory);
        return Target;
    }

    public void Say(string line) => (Json ? ErrorWriter : Output).WriteLine(Scrub(line));

    public void Warn(string line) => ErrorWriter.WriteLine(Scrub(line));

    public string Scrub(string text) => Target?.Scrub(text) ?? text;
}
