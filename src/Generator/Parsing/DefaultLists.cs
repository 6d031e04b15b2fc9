namespace BackendInABox.Generator.Parsing;

/// <summary>The text of a field's or column's <c>default:</c> when it is a YAML list.</summary>
internal static class DefaultLists
{
    /// <summary>A YAML list is an array's <c>[]</c> (or what an array default cannot be).</summary>
    public static string? Text(MappingReader reader) => reader.Mapping["default"] switch
    {
        YamlSequence { Items.Count: 0 } => "[]",
        YamlSequence => "[…]",
        _ => null,
    };
}
