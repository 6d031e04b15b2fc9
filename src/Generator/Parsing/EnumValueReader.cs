using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>An enum's <c>values:</c> list: labels as written (<c>PG-13</c>), or <c>{ name: Pg13, value: PG-13 }</c> items that choose the C# member; Validation's <c>EnumLabelChecks</c> checks them.</summary>
internal static class EnumValueReader
{
    private static readonly string[] ItemKeys = { "name", "value" };

    /// <summary>The items as written, null when the list is missing or of another shape (reported).</summary>
    public static EquatableArray<EnumValueDraft>? Read(MappingReader reader, Subject what, FileDiagnostics diagnostics)
    {
        var node = reader.Mapping["values"];
        var items = node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlScalar scalar when !scalar.IsNull => new YamlNode[] { scalar },
            _ => null,
        };
        if (items is null || items.Count == 0)
        {
            if (node is null || node is YamlScalar || (node is YamlSequence && items is { Count: 0 }))
            {
                diagnostics.Add(Descriptors.InvalidEnum, node?.Location ?? reader.Mapping.Location, $"Enum {what} needs 'values', a list such as [draft, active].");
            }
            else
            {
                diagnostics.Add(Descriptors.SchemaShape, node.Location, $"'values' of {what} must be a list such as [draft, active], not {node.KindName}.");
            }

            return null;
        }

        var written = new List<EnumValueDraft>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item)
            {
                case YamlScalar { IsNull: false } label:
                    written.Add(new EnumValueDraft(label.Value, label.Location, null, null));
                    break;
                case YamlMapping mapping:
                    var itemReader = new MappingReader(mapping, $"a value of enum {what}", diagnostics, ItemKeys);
                    if (itemReader.Scalar("value", required: true) is { } value)
                    {
                        var name = itemReader.Scalar("name");
                        written.Add(new EnumValueDraft(value.Value, value.Location, name?.Value, name?.Location));
                    }

                    break;
                case YamlScalar:
                    diagnostics.Add(diagnostics.Set.Shape, item.Location, $"An item of 'values' in {what} is empty (YAML reads a bare null, ~ or nothing as no value); write a name, or quote it (\"null\") if that is the value you mean.");
                    break;
                default:
                    diagnostics.Add(Descriptors.InvalidEnum, item.Location, $"Each value of enum {what} is a label such as PG-13 or a mapping {{ name: Pg13, value: PG-13 }}, not {item.KindName}.");
                    break;
            }
        }

        return written.ToEquatableArray();
    }
}
