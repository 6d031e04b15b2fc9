using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The text of a field's or column's <c>default:</c> when it is a YAML list.</summary>
internal static class DefaultLists
{
    /// <summary>A YAML list of scalars as <see cref="LabelLists"/>' canonical text (an enum array's labels, or <c>[]</c>); a list of anything else as text no default accepts.</summary>
    public static string? Text(MappingReader reader) => reader.Mapping["default"] switch
    {
        YamlSequence list when list.Items.All(i => i is YamlScalar) => LabelLists.Format(list.Items.Cast<YamlScalar>().Select(i => i.Value)),
        YamlSequence => "[…]",
        _ => null,
    };
}
