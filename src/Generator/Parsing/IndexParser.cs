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
        foreach (var mapping in model.MappingItems("indexes", Subject.Joined("index of ", what), "{ fields: [email] }"))
        {
            var reader = new MappingReader(mapping, Subject.Joined("an index of ", what), diagnostics, IndexKeys);
            var expression = Located(reader.Scalar("expression"));
            var fields = reader.LocatedList("fields", required: expression is null);
            if (fields is null && expression is null)
            {
                continue;
            }

            var unique = reader.Boolean("unique") ?? false;
            result.Add(new IndexDraft(fields ?? EquatableArray<LocatedValue>.Empty, unique, Located(reader.Scalar("name")), mapping.Location)
            {
                Where = Located(reader.Scalar("where")),
                Expression = expression,
                Method = Located(reader.Scalar("using")),
                Ops = reader.LocatedList("ops") ?? EquatableArray<LocatedValue>.Empty,
                Order = reader.LocatedList("order") ?? EquatableArray<LocatedValue>.Empty,
            });
        }

        return result;
    }

    private static LocatedValue? Located(YamlScalar? node) => node is null ? null : new LocatedValue(node.Value, node.Location);
}
