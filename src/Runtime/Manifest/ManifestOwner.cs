using System.Reflection;
using System.Text.Json;
using BackendInABox.Configuration;

namespace BackendInABox.Manifest;

/// <summary>
/// Which build manifest a run uses, for an app that may not own its schema (docs/architecture.md, "Which project owns
/// the schema"). The host is the app that runs: its own manifest's project folder is the content root (the SQLite
/// file, appsettings.json). The owner is the project whose schema and migrations are run: the host itself when its
/// manifest has any, else the one project it references that has some, the way `dotnet ef --project` names it.
/// </summary>
/// <param name="Manifest">The default database's manifest (the first of <see cref="Databases"/>).</param>
internal sealed record ManifestOwner(Assembly Host, BuildManifest? HostManifest, Assembly Owner, BuildManifest Manifest)
{
    /// <summary>The owner's databases in declaration order, "default" first; one for an app that declares none.</summary>
    public IReadOnlyList<BuildManifest> Databases { get; init; } = [Manifest];

    /// <summary>Where the host was built, for its content root; the owner's when the host has no manifest (a test host).</summary>
    public string HostProjectDirectory => HostManifest?.ProjectDirectory ?? Manifest.ProjectDirectory;

    public static ManifestOwner Find(Assembly? app)
    {
        if (app is null)
        {
            throw new UserError("Cannot tell which app to migrate: there is no entry assembly.", "Pass MigrationHostOptions.AppAssembly.");
        }

        var own = TryLoad(app);
        if (own is not null && own.Any(HasContent))
        {
            return new ManifestOwner(app, own[0], app, own[0]) { Databases = own };
        }

        var candidates = ProjectAssemblies(app)
            .Where(a => a != app)
            .Select(a => (Assembly: a, Manifests: TryLoad(a)))
            .Where(c => c.Manifests is not null && c.Manifests.Any(HasContent))
            .ToList();
        return candidates switch
        {
            [var single] => new ManifestOwner(app, own?[0], single.Assembly, single.Manifests![0]) { Databases = single.Manifests },
            [_, _, ..] => throw new UserError(
                $"The app {app.GetName().Name} references several projects with Backend-in-a-Box schemas or migrations: {string.Join(", ", candidates.Select(c => c.Assembly.GetName().Name).Order(StringComparer.Ordinal))}.",
                "Name the one to migrate: MigrationHostOptions.AppAssembly (or AddBackendInABox's options.AppAssembly) = typeof(<a type of that project>).Assembly.",
                exitCode: 2),
            _ when own is not null => new ManifestOwner(app, own[0], app, own[0]) { Databases = own },
            _ => throw new UserError(
                $"The app {app.GetName().Name} has no Backend-in-a-Box build manifest, and no project it references has one with schema files or migrations.",
                "Reference the BackendInABox package from the project that holds schema/ and migrations/ (it runs the generator at build time) and rebuild; schema errors in the build also stop it."),
        };
    }

    /// <summary>
    /// A manifest with migrations, or with models (a pending change: the schema differs from an empty history). A
    /// project that only receives the package through a reference has neither: the targets give it no files.
    /// </summary>
    public static bool HasContent(BuildManifest manifest) => manifest.Migrations.Count > 0 || manifest.Pending is not null;

    /// <summary>The assembly's manifests, default first; null without a registration (or with an empty list, which no build writes).</summary>
    private static IReadOnlyList<BuildManifest>? TryLoad(Assembly assembly) =>
        assembly.GetCustomAttribute<BuildManifestSourceAttribute>() is { } registration
            && ((IBuildManifestSource)Activator.CreateInstance(registration.SourceType)!).CreateAll() is { Count: > 0 } manifests
            ? manifests
            : null;

    /// <summary>The database <paramref name="name"/> declares (null: the default), or a usage error listing the declared ones.</summary>
    public BuildManifest Database(string? name)
    {
        if (name is null)
        {
            return Manifest;
        }

        return Databases.FirstOrDefault(d => string.Equals(d.Database, name, StringComparison.Ordinal))
            ?? throw new UserError(
                $"The app has no database \"{name}\"; it declares {Names()}.",
                "Name one of them with --database (a database is declared in the project file: <BackendInABoxDatabase Include=\"analytics\" ... />).",
                exitCode: 2);
    }

    /// <summary>The tables the other databases' histories create, which a database sharing their connection leaves alone.</summary>
    public IReadOnlySet<string> TablesOfOthers(BuildManifest manifest) =>
        Databases.Where(d => d.Database != manifest.Database).SelectMany(d => d.Schema ?? []).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The declared databases' names, for messages: "default, analytics".</summary>
    public string Names() => string.Join(", ", Databases.Select(d => d.Database));

    /// <summary>
    /// The project references of the running app (and of a test host: its deps file is the test project's), from the
    /// deps.json files the host loaded (a ';'-separated list on every OS) and the app's own: a referenced project
    /// whose types the app never uses has no assembly reference, but is listed there.
    /// </summary>
    private static IEnumerable<Assembly> ProjectAssemblies(Assembly app)
    {
        var depsFiles = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Append(AssemblyFile.PathOf(app) is { } file ? Path.ChangeExtension(file, ".deps.json") : string.Empty)
            .Where(File.Exists)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal);
        var names = depsFiles.SelectMany(ProjectAssemblyNames).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in names)
        {
            if (Load(name) is { } assembly)
            {
                yield return assembly;
            }
        }
    }

    private static IEnumerable<string> ProjectAssemblyNames(string depsFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(depsFile));
        var root = document.RootElement;
        if (!root.TryGetProperty("libraries", out var libraries) || !root.TryGetProperty("targets", out var targets))
        {
            return [];
        }

        var projects = libraries.EnumerateObject()
            .Where(l => l.Value.TryGetProperty("type", out var type) && type.GetString() == "project")
            .Select(l => l.Name)
            .ToHashSet(StringComparer.Ordinal);
        return [.. targets.EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject())
            .Where(library => projects.Contains(library.Name) && library.Value.TryGetProperty("runtime", out _))
            .SelectMany(library => library.Value.GetProperty("runtime").EnumerateObject())
            .Select(file => Path.GetFileNameWithoutExtension(file.Name))];
    }

    private static Assembly? Load(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
