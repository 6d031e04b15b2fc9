namespace BackendInABox.Generator.Model;

/// <summary>
/// MSBuild properties the package's props make visible to the compiler (build_property.*).
/// Paths are absolute and use '/' separators.
/// </summary>
/// <param name="Namespace">BackendInABoxNamespace, else RootNamespace, else "BackendInABox.Generated".</param>
/// <param name="ProjectDirectory">The consuming project's folder (MSBuild ProjectDir).</param>
/// <param name="SchemaDirectory">BackendInABoxSchemaDir resolved against the project folder.</param>
/// <param name="MigrationsDirectory">BackendInABoxMigrationsDir resolved against the project folder.</param>
/// <param name="IsLibrary">OutputType is Library: `dotnet run` cannot run it, an app that references it runs its migrations.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string ProjectDirectory,
    string SchemaDirectory,
    string MigrationsDirectory,
    bool IsLibrary = false)
{
    /// <summary>The implicit database's name (BackendInABoxSchemaDir, BackendInABoxMigrationsDir).</summary>
    public const string DefaultDatabase = Shared.RunnerTables.DefaultDatabase;

    /// <summary>Which database these options are of: <see cref="DefaultDatabase"/>, or a BackendInABoxDatabase item's name.</summary>
    public string Database { get; init; } = DefaultDatabase;

    public bool IsDefaultDatabase => Database == DefaultDatabase;
}

/// <summary>Which role an AdditionalFile plays, from its BackendInABoxKind item metadata.</summary>
internal enum InputFileKind
{
    Schema,
    Migration,
}

/// <summary>An AdditionalFile selected for the generator, with its text already read.</summary>
internal sealed record InputFile(string Path, InputFileKind Kind, string Text)
{
    /// <summary>The BackendInABoxDatabase metadata the targets give the file (the implicit database when it has none).</summary>
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
