namespace BackendInABox.Generator.Model;

/// <summary>The result of parsing one schema file: its model when the file has no error, and its diagnostics.</summary>
internal sealed record ParsedSchemaFile(string Path, SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
