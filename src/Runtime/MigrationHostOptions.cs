using System.Reflection;

namespace BackendInABox;

/// <summary>Where <see cref="MigrationHost"/> finds the app and writes its output; every property has a sensible default.</summary>
public sealed class MigrationHostOptions
{
    /// <summary>The app whose generated migrations and build manifest are run. Default: the entry assembly.</summary>
    public Assembly? AppAssembly { get; init; }

    /// <summary>Progress and results. Default: standard output.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Errors and warnings. Default: standard error.</summary>
    public TextWriter? Error { get; init; }

    /// <summary>The environment variables to read (DATABASE_URL, ConnectionStrings__Default). Default: the process environment.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
