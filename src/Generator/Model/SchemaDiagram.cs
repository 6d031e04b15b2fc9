namespace BackendInABox.Generator.Model;

/// <summary>
/// What the build manifest takes from the schema set: whether it has errors, and its diagram (null then). The manifest
/// depends on this rather than on the set, so an edit the diagram does not show (a model's description) leaves the
/// manifest cached.
/// </summary>
/// <param name="Text">The diagram, in chunks: a large app's is 80 K characters and more.</param>
/// <param name="Error">The internal error drawing the diagram failed with, reported once.</param>
internal sealed record SchemaDiagram(bool SchemaHasErrors, GeneratedText? Text, DiagnosticInfo? Error)
{
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
