using System.Reflection;

namespace BackendInABox;

/// <summary>Where <see cref="MigrationHost"/> finds the app and writes its output; every property has a sensible default.</summary>
public sealed class MigrationHostOptions
{
    /// <summary>
    /// The app whose build manifest and generated migrations are run. Default: the entry assembly; when its manifest has
    /// no schema or migrations (a web API whose schema lives in a class library it references), the one referenced
    /// project that has them. Set it, e.g. to <c>typeof(MyApp.Data.Customer).Assembly</c>, when several referenced
    /// projects have them, or when the entry assembly is not the app. Its folder (and its project folder under
    /// <c>dotnet run</c>) is where the default SQLite file and appsettings.json are found.
    /// </summary>
    public Assembly? AppAssembly { get; init; }

    /// <summary>The name of the connection string (ConnectionStrings:{name}). Default: "Default", which also finds "DefaultConnection".</summary>
    public string? ConnectionStringName { get; init; }

    /// <summary>
    /// The code to run around migrations. Default: the one class in the app (or in the project that owns the schema)
    /// that implements <see cref="IMigrationHooks"/>, created with its parameterless constructor; none, no hooks.
    /// </summary>
    public IMigrationHooks? Hooks { get; init; }

    /// <summary>Progress and results. Default: standard output.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Errors and warnings. Default: standard error.</summary>
    public TextWriter? Error { get; init; }

    /// <summary>
    /// The environment variables to read (DATABASE_URL, ConnectionStrings__Default, ASPNETCORE_ENVIRONMENT or
    /// DOTNET_ENVIRONMENT for appsettings.{Environment}.json). Default: the process environment.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
