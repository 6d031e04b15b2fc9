namespace BackendInABox.Generator.Model;

/// <summary>A model another database's schema files declare, so a ref to it can say where it is.</summary>
internal sealed record ModelElsewhere(string Name, string Database);
