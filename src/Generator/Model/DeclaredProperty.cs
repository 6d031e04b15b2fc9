using System.Linq;

namespace BackendInABox.Generator.Model;

/// <summary>
/// A property the app's own half of an entity declares as <c>partial</c> (to put its attributes on it), by name only,
/// so the pipeline holds no syntax: the generator then writes that property's implementing half.
/// </summary>
/// <param name="Namespace">The namespace of the class, as written in the file.</param>
internal sealed record DeclaredProperty(string Namespace, string Class, string Property);

/// <summary>Picks out the declared properties of one entity.</summary>
internal static class DeclaredProperties
{
    public static EquatableArray<string> Of(EquatableArray<DeclaredProperty> declared, string ns, SchemaModel model) =>
        declared.Where(p => p.Namespace == ns && p.Class == model.Name).Select(p => p.Property).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray();
}
