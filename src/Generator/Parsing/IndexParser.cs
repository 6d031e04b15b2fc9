using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>indexes:</c> list of a schema file → <see cref="IndexDraft"/>s; Validation checks them against the fields.</summary>
internal static class IndexParser
{
    private static readonly string[] IndexKeys = { "fields", "unique", "name", "where", "expression", "using", "ops", "order" };

    public static List<IndexDraft> ParseAll(MappingReader model, string what, FileDiagnostics diagnostics)
    {
        var result = new List<IndexDraft>();
        foreach (var mapping in model.MappingItems("indexes", $"index of {what}", "{ fields: [email] }"))
        {
            var reader = new MappingReader(mapping, $"an index of {what}", diagnostics, IndexKeys);
            var expression = Located(reader.Scalar("expression"));
            var fieldNodes = reader.ScalarList("fields", required: expression is null);
            if (fieldNodes is null && expression is null)
            {
                continue;
            }

            var fields = (fieldNodes ?? new List<YamlScalar>()).ConvertAll(node => new LocatedValue(node.Value, node.Location));
            var unique = reader.Boolean("unique") ?? false;
            result.Add(new IndexDraft(fields.ToEquatableArray(), unique, Located(reader.Scalar("name")), mapping.Location)
            {
                Where = Located(reader.Scalar("where")),
                Expression = expression,
                Method = Located(reader.Scalar("using")),
                Ops = LocatedList(reader, "ops"),
                Order = LocatedList(reader, "order"),
            });
        }

        return result;
    }

    private static LocatedValue? Located(YamlScalar? node) => node is null ? null : new LocatedValue(node.Value, node.Location);

    private static EquatableArray<LocatedValue> LocatedList(MappingReader reader, string key) =>
        (reader.ScalarList(key) ?? new List<YamlScalar>()).ConvertAll(node => new LocatedValue(node.Value, node.Location)).ToEquatableArray();
}
