using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>indexes:</c> list of a schema file → <see cref="IndexDraft"/>s; Validation checks them against the fields.</summary>
internal static class IndexParser
{
    private static readonly string[] IndexKeys = { "fields", "unique", "name" };

    public static List<IndexDraft> ParseAll(MappingReader model, string what, FileDiagnostics diagnostics)
    {
        var result = new List<IndexDraft>();
        var list = model.Sequence("indexes");
        if (list is null)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Add(Descriptors.SchemaShape, item.Location, $"Each index of {what} must be a mapping such as {{ fields: [email] }}, not {item.KindName}.");
                continue;
            }

            var reader = new MappingReader(mapping, $"an index of {what}", diagnostics, IndexKeys);
            var fieldNodes = reader.ScalarList("fields", required: true);
            if (fieldNodes is null)
            {
                continue;
            }

            var fields = fieldNodes.ConvertAll(node => new LocatedValue(node.Value, node.Location));
            var unique = reader.Boolean("unique") ?? false;
            var nameNode = reader.Scalar("name");
            var name = nameNode is null ? null : new LocatedValue(nameNode.Value, nameNode.Location);
            result.Add(new IndexDraft(fields.ToEquatableArray(), unique, name, mapping.Location));
        }

        return result;
    }
}
