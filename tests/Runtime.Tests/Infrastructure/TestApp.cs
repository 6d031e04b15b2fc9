using System.Collections.Immutable;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using BackendInABox.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>
/// A user's app in a temporary project folder (schema/ and migrations/ on disk, because `migrate generate` and
/// `migrate merge` write there). <see cref="Build"/> runs the real generator with the build properties and item
/// metadata the package sets, compiles the result with Roslyn and loads it: a rebuild in milliseconds, not a `dotnet build`.
/// </summary>
internal sealed class TestApp : IDisposable
{
    private const string RootNamespace = "TestApp";
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>What the SDK's default NoWarn (1701;1702) hides in every real build: a package built against an older framework (Ulid) is bound to this one.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new() { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress };
    private static int s_buildCount;
    private readonly Dictionary<string, string> _code = new(StringComparer.Ordinal);

    /// <summary>The databases the project file declares besides the default, in order: each in its own folder NAME/ (NAME/schema, NAME/migrations).</summary>
    private readonly List<string> _databases = [];

    private TestApp(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(SchemaDirectory);
        System.IO.Directory.CreateDirectory(MigrationsDirectory);
        System.IO.Directory.CreateDirectory(OutputDirectory);
    }

    public string Directory { get; }

    public string SchemaDirectory => Path.Combine(Directory, "schema");

    public string MigrationsDirectory => Path.Combine(Directory, "migrations");

    private string OutputDirectory => Path.Combine(Directory, "bin");

    public static TestApp Create() =>
        new(Path.Combine(Path.GetTempPath(), "biab-rtests", Guid.NewGuid().ToString("N")[..12]));

    public TestApp WithSchema(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(SchemaDirectory, fileName), yaml);
        return this;
    }

    /// <summary>Declares another database, as <c>&lt;BackendInABoxDatabase Include="NAME" SchemaDir="NAME/schema" MigrationsDir="NAME/migrations" /&gt;</c> does.</summary>
    public TestApp WithDatabase(string name)
    {
        _databases.Add(name);
        System.IO.Directory.CreateDirectory(SchemaDirectoryOf(name));
        System.IO.Directory.CreateDirectory(MigrationsDirectoryOf(name));
        return this;
    }

    /// <summary>A schema file of the database <paramref name="database"/> ("default": schema/).</summary>
    public TestApp WithSchema(string fileName, string yaml, string database)
    {
        File.WriteAllText(Path.Combine(SchemaDirectoryOf(database), fileName), yaml);
        return this;
    }

    public string SchemaDirectoryOf(string database) => database == "default" ? SchemaDirectory : Path.Combine(Directory, database, "schema");

    public string MigrationsDirectoryOf(string database) => database == "default" ? MigrationsDirectory : Path.Combine(Directory, database, "migrations");

    /// <summary>The migration files of <paramref name="database"/>, oldest first.</summary>
    public IReadOnlyList<string> MigrationFilesOf(string database) =>
        [.. System.IO.Directory.GetFiles(MigrationsDirectoryOf(database), "*.yaml").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)];

    /// <summary>
    /// Migration ids are UTC seconds (yyyyMMddHHmmss): a person never generates twice in one second, a test would;
    /// waits until the clock has passed the newest id of every database's folder.
    /// </summary>
    public static async Task WaitForNextMigrationIdAsync(TestApp app)
    {
        var newest = new[] { "default" }.Concat(app._databases)
            .SelectMany(d => System.IO.Directory.GetFiles(app.MigrationsDirectoryOf(d)))
            .Select(MigrationFile.IdOf).DefaultIfEmpty(0).Max();
        while (long.Parse(DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) <= newest)
        {
            await Task.Delay(100);
        }
    }

    public TestApp WithMigration(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(MigrationsDirectory, fileName), yaml);
        return this;
    }

    /// <summary>A C# file of the app's own (a hooks class, a code step's class), compiled with the generated code.</summary>
    public TestApp WithCode(string fileName, string csharp)
    {
        _code[fileName] = csharp;
        return this;
    }

    public void DeleteSchema(string fileName) => File.Delete(Path.Combine(SchemaDirectory, fileName));

    /// <summary>The migration files, oldest first (their names start with the id).</summary>
    public IReadOnlyList<string> MigrationFiles =>
        [.. System.IO.Directory.GetFiles(MigrationsDirectory, "*.yaml").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)];

    /// <summary>Builds and requires success (errors fail the test with every diagnostic listed).</summary>
    public AppBuild Build()
    {
        var build = TryBuild();
        if (!build.Succeeded)
        {
            throw new Xunit.Sdk.XunitException("The test app did not build:\n" + build.Describe());
        }

        return build;
    }

    public AppBuild TryBuild()
    {
        var files = InputFiles().ToList();
        var globals = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace,
            ["build_property.ProjectDir"] = Directory + "/",
            ["build_property.BackendInABoxSchemaDir"] = "schema",
            ["build_property.BackendInABoxMigrationsDir"] = "migrations",
        };
        if (_databases.Count > 0)
        {
            globals["build_property.BackendInABoxDatabases"] = DatabaseItem.Property(DatabaseItems);
        }

        var driver = CSharpGeneratorDriver.Create(
            [new BackendInABoxGenerator().AsSourceGenerator()],
            [.. files.Select(f => (AdditionalText)new FileAdditionalText(f.Path))],
            ParseOptions,
            new BuildOptionsProvider(globals, files.ToDictionary(f => f.Path, f => f.Kind), files.Where(f => f.Database is not null).ToDictionary(f => f.Path, f => f.Database!)));

        // A unique assembly name per build, so every rebuild loads beside the earlier ones in this process.
        var assemblyName = $"{RootNamespace}_{Interlocked.Increment(ref s_buildCount)}_{Guid.NewGuid().ToString("N")[..8]}";
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [
                CSharpSyntaxTree.ParseText("namespace TestApp; internal static class AppMarker { }", ParseOptions, "AppMarker.cs"),
                .. _code.Select(c => CSharpSyntaxTree.ParseText(c.Value, ParseOptions, c.Key)),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable).WithSpecificDiagnosticOptions(SdkNoWarn));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generatorErrors = generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        var path = Path.Combine(OutputDirectory, assemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var emit = output.Emit(stream);
            var compileErrors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            if (!emit.Success || generatorErrors)
            {
                return new AppBuild(generatorDiagnostics, compileErrors, null, null);
            }
        }

        return new AppBuild(generatorDiagnostics, [], path, AssemblyLoadContext.Default.LoadFromAssemblyPath(path));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a file for a moment; the temp folder is cleaned by the OS later.
        }
    }

    /// <summary>The files of the project the package's targets add as schema or migration files, a declared database's with its name.</summary>
    private IEnumerable<(string Path, string Kind, string? Database)> InputFiles() =>
        System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(OutputDirectory + "/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path: p, Item: PackageTargets.Classify(Directory, p, "schema", "migrations", DatabaseItems)))
            .Where(f => f.Item is not null)
            .Select(f => (f.Path, f.Item!.Value.Kind, f.Item.Value.Database));

    private IReadOnlyList<DatabaseItem> DatabaseItems => [.. _databases.Select(d => DatabaseItem.Declared(d))];

    /// <summary>The framework reference assemblies plus FluentMigrator, the runtime, its Ulid and the logging abstractions (a code step's logger), as the package would bring them.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var references = Net100.References.All.Cast<MetadataReference>().ToList();
        var besideTests = System.IO.Directory.GetFiles(AppContext.BaseDirectory, "FluentMigrator*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "BackendInABox.dll"))
            .Append(Path.Combine(AppContext.BaseDirectory, "Ulid.dll"))
            .Append(Path.Combine(AppContext.BaseDirectory, "Microsoft.Extensions.Logging.Abstractions.dll"))
            .Append(Path.Combine(AppContext.BaseDirectory, "Microsoft.Extensions.Configuration.UserSecrets.dll"));
        references.AddRange(besideTests.Where(File.Exists).Select(p => MetadataReference.CreateFromFile(p)));
        return [.. references];
    }
}
