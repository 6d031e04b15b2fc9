namespace BackendInABox.Generator.Model;

/// <summary>One database's parsed schema files with what the cross-file checks need from the other databases.</summary>
internal sealed record SchemaInput(GeneratorOptions Options, EquatableArray<ParsedSchemaFile> Files, EquatableArray<ModelElsewhere> Elsewhere);
