namespace BackendInABox.Generator.Model;

/// <summary>What one database's manifest is emitted from.</summary>
/// <param name="Valid">Neither the history nor the schema files have errors, and the diff against the history ran.</param>
/// <param name="Databases">Every database's name in declaration order, which the implicit database's file lists; empty for the others, whose files do not.</param>
internal sealed record ManifestInput(GeneratorOptions Options, History History, PendingChange? Pending, SchemaDiagram Diagram, bool Valid, EquatableArray<string> Databases);
