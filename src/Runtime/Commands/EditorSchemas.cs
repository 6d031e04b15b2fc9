namespace BackendInABox.Commands;

/// <summary>
/// The JSON Schemas of schemas/ in the repository (shipped in the package's schemas/ folder too), named in the
/// files the runner writes by the yaml-language-server comment that VS Code's YAML extension, JetBrains IDEs and
/// other editors read for completion and checking. A URL, not a path: a path into the NuGet cache differs by
/// machine and package version, and one into the project would need copies kept in step with the package.
/// </summary>
internal static class EditorSchemas
{
    public const string MigrationFile = "https://raw.githubusercontent.com/backend-in-a-box/backend-in-a-box-dotnet/main/schemas/migration-file.schema.json";

    /// <summary>The first line of each migration file `migrate generate` and `migrate init` write.</summary>
    public const string MigrationModeline = "# yaml-language-server: $schema=" + MigrationFile;
}
