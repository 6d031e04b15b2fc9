using System.Reflection;
using BackendInABox.Configuration;
using BackendInABox.Manifest;

namespace BackendInABox.Cli;

/// <summary>What every command works with: the app, the writers, the environment and the global options.</summary>
/// <param name="settings">The connection string's name, and the app's configuration when the app hosts the call.</param>
internal sealed class HostContext(Assembly? app, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, ConnectionSettings settings)
{
    private ManifestOwner? _owner;
    private BuildManifest? _manifest;
    private IMigrationHooks? _hooks;
    private bool _hooksKnown;

    /// <summary>The app that runs; the project that owns the schema may be one it references (<see cref="ManifestOwner"/>).</summary>
    public Assembly? App { get; } = app;

    /// <summary>Each database's connection as the host resolves it (the app's own configuration), used when no --connection is given.</summary>
    public Func<string, DatabaseTarget>? Configured { get; init; }

    public TextWriter Output { get; } = output;

    public TextWriter ErrorWriter { get; } = error;

    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    /// <summary>`--database`: the declared database to work on; null for the default (the only one, for most apps).</summary>
    public string? DatabaseOption { get; set; }

    public string? ConnectionOption { get; set; }

    public int? WaitSeconds { get; set; }

    public bool Verbose { get; set; }

    /// <summary>`--allow-unknown`: migrate a database that also holds migrations of another app (a deliberate shared database).</summary>
    public bool AllowUnknown { get; set; }

    /// <summary>`up --backup DIR`: where to write a backup before a run that can lose data.</summary>
    public string? BackupDirectory { get; set; }

    /// <summary>Standard output carries one JSON document, so every other line goes to standard error.</summary>
    public bool Json { get; set; }

    /// <summary>Set once the database is known, so every line written is scrubbed of its password.</summary>
    public DatabaseTarget? Target { get; private set; }

    public ManifestOwner Owner
    {
        get => _owner ??= ManifestOwner.Find(App);
        init => _owner = value;
    }

    /// <summary>The selected database's manifest (<see cref="DatabaseOption"/>); an unknown name is a usage error listing the declared ones.</summary>
    public BuildManifest Manifest => _manifest ??= Owner.Database(DatabaseOption);

    /// <summary>The app's hooks: those the host was given, else the one implementation in the app (null: none).</summary>
    public IMigrationHooks? Hooks
    {
        get
        {
            if (!_hooksKnown)
            {
                _hooks = Running.AppHooks.Find([Owner.Host, Owner.Owner]);
                _hooksKnown = true;
            }

            return _hooks;
        }

        init
        {
            _hooks = value;
            _hooksKnown = value is not null;
        }
    }

    /// <summary>The assembly whose migration classes run: the owner of the schema.</summary>
    public Assembly AppAssembly => Owner.Owner;

    public DatabaseTarget ResolveTarget()
    {
        var database = Manifest.Database;
        var labelled = Owner.Databases.Count > 1;
        Target ??= ConnectionOption is null && Configured is not null
            ? Configured(database)
            : ConnectionResolver.Resolve(ConnectionOption, Environment, Owner.Host, Owner.HostProjectDirectory, settings.ForDatabase(database, labelled));
        return Target;
    }

    /// <summary>This context for the database <paramref name="database"/>, with the same writers and options, for a command that covers every database.</summary>
    public HostContext For(string database) => new(App, Output, ErrorWriter, Environment, settings)
    {
        Owner = Owner,
        Configured = Configured,
        Hooks = Hooks,
        DatabaseOption = database,
        ConnectionOption = ConnectionOption,
        WaitSeconds = WaitSeconds,
        Verbose = Verbose,
        AllowUnknown = AllowUnknown,
        BackupDirectory = BackupDirectory,
        Json = Json,
    };

    /// <summary>A `migrate` command to mention, naming the database when the app has several (the other commands then need it).</summary>
    public string Command(string arguments) => Shared.MigrateCommand.Line(Manifest.Database, Owner.Databases.Count, arguments);

    /// <summary>The command line of <see cref="Command"/>, as the user types it.</summary>
    public string Suggest(string arguments) => "dotnet run -- " + Command(arguments);

    public void Say(string line) => (Json ? ErrorWriter : Output).WriteLine(Scrub(line));

    public void Warn(string line) => ErrorWriter.WriteLine(Scrub(line));

    public string Scrub(string text) => Target?.Scrub(text) ?? text;
}
