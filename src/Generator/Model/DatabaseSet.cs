using System.Linq;

namespace BackendInABox.Generator.Model;

/// <summary>
/// The app's databases, each with the options the schema and migration pipeline runs with: the implicit database
/// first, then the BackendInABoxDatabase items in the project file's order that are valid declarations.
/// </summary>
/// <param name="Diagnostics">The declarations that are not valid (BIAB090), each left out of <see cref="Databases"/>.</param>
internal sealed record DatabaseSet(EquatableArray<GeneratorOptions> Databases, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public GeneratorOptions Default => Databases[0];

    /// <summary>The options of a declared database; null for a name the project does not (validly) declare.</summary>
    public GeneratorOptions? Find(string database) => Databases.FirstOrDefault(d => d.Database == database);

    public GeneratorOptions For(string database) => Find(database) ?? Default;
}
