namespace BackendInABox.Generator.Model;

/// <summary>
/// The result of parsing one schema file: its model when the file has no error, its diagnostics, and the model name
/// it declares (also when it has errors, so a reference to it can say where the model is and why it is missing).
/// </summary>
internal sealed record ParsedSchemaFile(string Path, SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, string? DeclaredName = null)
{
    /// <summary>The database the file belongs to (its BackendInABoxDatabase metadata).</summary>
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
