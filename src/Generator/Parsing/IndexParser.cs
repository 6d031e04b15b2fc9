using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>indexes:</c> list of a schema file, checked against the model's fields.</summary>
internal static class IndexParser
{
    private static readonly string[] IndexKeys = { "fields", "unique", "name" };

    public static List<IndexModel> ParseAll(MappingReader model, string table, List<FieldModel> fields, string what, FileDiagnostics diagnostics)
    {
        var result = new List<IndexModel>();
        var list = model.Sequence("indexes");
        if (list is null)
        {
            return result;
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
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

            var fieldNames = new List<string>();
            var columns = new List<string>();
            var valid = fieldNodes.Count > 0;
            if (!valid)
            {
                diagnostics.Add(Descriptors.InvalidIndex, mapping.Location, $"An index of {what} lists no fields.");
            }

            foreach (var node in fieldNodes)
            {
                var field = fields.Find(f => f.Name == node.Value);
                if (field is null)
                {
                    var suggestion = Suggestions.Closest(node.Value, fields.ConvertAll(f => f.Name));
                    diagnostics.Add(Descriptors.InvalidIndex, node.Location, $"An index of {what} names the unknown field '{Wording.Shorten(node.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
                    valid = false;
                }
                else if (fieldNames.Contains(field.Name))
                {
                    diagnostics.Add(Descriptors.InvalidIndex, node.Location, $"An index of {what} lists field '{field.Name}' twice.");
                    valid = false;
                }
                else
                {
                    fieldNames.Add(field.Name);
                    columns.Add(field.Column);
                }
            }

            var unique = reader.Boolean("unique") ?? false;
            var nameNode = reader.Scalar("name");
            var name = nameNode is null ? IndexNames.For(table, columns, unique) : SchemaFileParser.CheckSqlName(nameNode, "index name", what, diagnostics);
            if (!valid || name is null)
            {
                continue;
            }

            if (!names.Add(name))
            {
                diagnostics.Add(Descriptors.InvalidIndex, nameNode?.Location ?? mapping.Location, $"Two indexes of {what} are both named '{name}'.");
                continue;
            }

            result.Add(new IndexModel(fieldNames.ToEquatableArray(), unique, name, mapping.Location));
        }

        return result;
    }
}
