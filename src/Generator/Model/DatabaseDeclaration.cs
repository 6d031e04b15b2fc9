namespace BackendInABox.Generator.Model;

/// <summary>A BackendInABoxDatabase item as the project file writes it (its metadata empty when not set, defaults not yet applied by the generator).</summary>
internal sealed record DatabaseDeclaration(string Name, string SchemaDir, string MigrationsDir, string Namespace);
