using BackendInABox.Tests.Shared;
using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>
/// Drives the real generator through <see cref="CSharpGeneratorDriver"/> over in-memory schema and migration
/// files, as a project referencing the package would (same build properties and item metadata).
/// </summary>
internal sealed class GeneratorHarness
{
    public const string ProjectDirectory = "/app";
    public const string SchemaDirectory = ProjectDirectory + "/schema";
    public const string MigrationsDirectory = ProjectDirectory + "/migrations";

    private static readonly ImmutableArray<MetadataReference> References = BuildReferences();

    /// <summary>What an app that installed EF Core and a provider references (the relational layer, which every provider brings).</summary>
    private static readonly ImmutableArray<MetadataReference> EntityFrameworkCoreReferences =
    [
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.IndexAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Npgsql.NpgsqlParameter).Assembly.Location),
    ];

    private ImmutableArray<MetadataReference> _references = References;

    /// <summary>What the SDK's default NoWarn (1701;1702) hides in every real build: a package built against an older framework (Ulid) is bound to this one.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new() { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress };

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _globals = new()
    {
        ["build_property.RootNamespace"] = "TestApp",
        ["build_property.ProjectDir"] = ProjectDirectory + "/",
        ["build_property.BackendInABoxSchemaDir"] = "schema",
        ["build_property.BackendInABoxMigrationsDir"] = "migrations",
        ["build_property.MSBuildProjectFullPath"] = ProjectDirectory + "/TestApp.csproj",
    };

    private readonly List<DatabaseItem> _databases = [];

    private CSharpParseOptions _parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private readonly List<(string Path, string Text)> _csharp = [("Program.cs", "namespace TestApp; public static class Program { public static void Main() { } }")];

    public GeneratorHarness WithSchema(string fileName, string yaml)
    {
        _files[SchemaDirectory + "/" + fileName] = yaml;
        return this;
    }

    public GeneratorHarness WithMigration(string fileName, string yaml)
    {
        _files[MigrationsDirectory + "/" + fileName] = yaml;
        return this;
    }

    /// <summary>A BackendInABoxDatabase item of the project file (folders as the targets default them when not given).</summary>
    public GeneratorHarness WithDatabase(string name, string? schemaDir = null, string? migrationsDir = null, string? ns = null)
    {
        _databases.Add(DatabaseItem.Declared(name, schemaDir, migrationsDir, ns));
        _globals["build_property.BackendInABoxDatabases"] = DatabaseItem.Property(_databases);
        return this;
    }

    /// <summary>A schema file in the folder of a database declared with <see cref="WithDatabase"/>.</summary>
    public GeneratorHarness WithDatabaseSchema(string database, string fileName, string yaml)
    {
        _files[ProjectDirectory + "/" + _databases.First(d => d.Name == database).SchemaDir + "/" + fileName] = yaml;
        return this;
    }

    /// <summary>A migration file in the folder of a database declared with <see cref="WithDatabase"/>.</summary>
    public GeneratorHarness WithDatabaseMigration(string database, string fileName, string yaml)
    {
        _files[ProjectDirectory + "/" + _databases.First(d => d.Name == database).MigrationsDir + "/" + fileName] = yaml;
        return this;
    }

    /// <summary>An AdditionalFile at any path whose BackendInABoxKind is <paramref name="kind"/> (null: no such metadata), whatever the targets would give it.</summary>
    public GeneratorHarness WithAdditionalFile(string path, string text, string? kind)
    {
        _files[path] = text;
        _kinds[path] = kind;
        return this;
    }

    public GeneratorHarness WithProperty(string name, string value)
    {
        _globals["build_property." + name] = value;
        return this;
    }

    /// <summary>Checks XML doc comments as a project with GenerateDocumentationFile does (malformed XML is CS1570).</summary>
    public GeneratorHarness WithDocumentationDiagnostics()
    {
        _parseOptions = _parseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        return this;
    }

    /// <summary>Compiles the app's code and the generated code as a project pinning &lt;LangVersion&gt; does.</summary>
    public GeneratorHarness WithLanguageVersion(LanguageVersion version)
    {
        _parseOptions = _parseOptions.WithLanguageVersion(version);
        return this;
    }

    /// <summary>The app references EF Core (and Npgsql, which the package brings), as one that installed a provider does.</summary>
    public GeneratorHarness WithEntityFrameworkCore()
    {
        _references = References.AddRange(EntityFrameworkCoreReferences);
        return this;
    }

    /// <summary>The package tests' schema of every field type (tests/Package.Tests/Rows/App/schema).</summary>
    public GeneratorHarness WithRowsSchema()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RowsSchema"), "*.yaml"))
        {
            WithSchema(Path.GetFileName(file), File.ReadAllText(file));
        }

        return this;
    }

    /// <summary>Also references the assembly of each type, as an app that installed that package does (the generator emits what it supports).</summary>
    public GeneratorHarness WithReferencesOf(params Type[] types)
    {
        _references = _references.AddRange(types.Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)));
        return this;
    }

    public GeneratorHarness WithCSharp(string path, string text)
    {
        _csharp.Add((path, text));
        return this;
    }

    /// <summary>The sample schema and migration files of the repository (copied beside the test assembly).</summary>
    public GeneratorHarness WithRepositorySample()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SampleSchema"), "*.yaml"))
        {
            WithSchema(Path.GetFileName(file), File.ReadAllText(file));
        }

        var migrations = Path.Combine(AppContext.BaseDirectory, "SampleMigrations");
        if (Directory.Exists(migrations))
        {
            foreach (var file in Directory.GetFiles(migrations, "*.yaml"))
            {
                WithMigration(Path.GetFileName(file), File.ReadAllText(file));
            }
        }

        // The classes its code steps name (BIAB095 without them), with the SDK's implicit usings the SampleApp builds with.
        var steps = Path.Combine(AppContext.BaseDirectory, "SampleMigrationSteps");
        if (Directory.Exists(steps))
        {
            WithCSharp("SampleImplicitUsings.cs", ImplicitUsings).WithReferencesOf(typeof(Microsoft.Extensions.Logging.ILogger));
            foreach (var file in Directory.GetFiles(steps, "*.cs").Order(StringComparer.Ordinal))
            {
                WithCSharp("MigrationSteps/" + Path.GetFileName(file), File.ReadAllText(file));
            }
        }

        return this;
    }

    /// <summary>What ImplicitUsings=enable gives a console app (Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "TestApp",
            _csharp.Select(c => CSharpSyntaxTree.ParseText(c.Text, _parseOptions, c.Path)),
            _references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable).WithSpecificDiagnosticOptions(SdkNoWarn));

    public ImmutableArray<AdditionalText> CreateAdditionalTexts() =>
        [.. _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (AdditionalText)new TestAdditionalText(f.Key, f.Value))];

    /// <summary>The kind (and database) of each file is what the package's targets give it (a file they do not add has none), unless the test set the kind.</summary>
    public BuildOptionsProvider CreateOptionsProvider()
    {
        var classified = _files.Keys
            .Select(path => (Path: path, Item: _kinds.TryGetValue(path, out var kind)
                ? kind is null ? null : (kind, (string?)null)
                : PackageTargets.Classify(ProjectDirectory, path, _globals["build_property.BackendInABoxSchemaDir"], _globals["build_property.BackendInABoxMigrationsDir"], _databases)))
            .Where(f => f.Item is not null)
            .ToList();
        return new(
            _globals,
            classified.ToDictionary(f => f.Path, f => f.Item!.Value.Kind),
            classified.Where(f => f.Item!.Value.Database is not null).ToDictionary(f => f.Path, f => f.Item!.Value.Database!));
    }

    /// <summary>A driver over <paramref name="texts"/> (default: fresh ones); pass the same instances to replace one later.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = true, ImmutableArray<AdditionalText>? texts = null) =>
        CSharpGeneratorDriver.Create(
            [new BackendInABoxGenerator().AsSourceGenerator()],
            texts ?? CreateAdditionalTexts(),
            _parseOptions,
            CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and compiles its output together with the test's C#.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        var references = Net100.References.All.Cast<MetadataReference>().ToList();
        foreach (var type in new[] { typeof(FluentMigrator.Migration), typeof(FluentMigrator.TransactionBehavior), typeof(FluentMigrator.Postgres.PostgresExtensions), typeof(FluentMigrator.Runner.VersionTableInfo.IVersionTableMetaData), typeof(BackendInABox.Manifest.BuildManifest), typeof(System.Ulid) })
        {
            references.Add(MetadataReference.CreateFromFile(type.Assembly.Location));
        }

        return [.. references];
    }
}

internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> BiabDiagnostics =>
        GeneratorDiagnostics.Where(d => d.Id.StartsWith("BIAB", StringComparison.Ordinal)).OrderBy(d => d.Location.GetLineSpan().StartLinePosition);

    /// <summary>Errors and warnings of compiling the generated code (plus the test's own C#).</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public string Source(string hintNameEnd) =>
        Result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>The source with exactly this hint name (an entity's "User.g.cs" is also the end of a migration's name).</summary>
    public string SourceNamed(string hintName) =>
        Result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);

    /// <summary>The run without one diagnostic id (an information note a test does not look at).</summary>
    public GeneratorRun WithoutDiagnostic(string id) => this with { GeneratorDiagnostics = [.. GeneratorDiagnostics.Where(d => d.Id != id)] };

    /// <summary>The compiled app, loaded into a collectible context, to run what the generated code does.</summary>
    public System.Reflection.Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The output does not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The generator itself threw: Roslyn turns that into CS8785 and drops all output.</summary>
    public Exception? Exception => Result.Results.Single().Exception;
}
