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
    bool IsLibrary = false);

/// <summary>Which role an AdditionalFile plays, from its BackendInABoxKind item metadata.</summary>
internal enum InputFileKind
{
    Schema,
    Migration,
}

/// <summary>An AdditionalFile selected for the generator, with its text already read.</summary>
internal sealed record InputFile(string Path, InputFileKind Kind, string Text);
