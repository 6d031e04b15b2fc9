namespace BackendInABox.Generator.Model;

/// <summary>
/// What the build manifest takes from the schema set: whether it has errors, and its diagram (null then). The manifest
/// depends on this rather than on the set, so an edit the diagram does not show (a model's description) leaves the
/// manifest cached.
/// </summary>
/// <param name="Error">The internal error drawing the diagram failed with, reported once.</param>
internal sealed record SchemaDiagram(bool SchemaHasErrors, string? Text, DiagnosticInfo? Error)
{
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
