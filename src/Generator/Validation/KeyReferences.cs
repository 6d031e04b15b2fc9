using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// References checked against the keys they point at: a ref needs a single-column key (BIAB052: a multi-column
/// foreign key is not supported yet), and keys that are refs must end at a key of their own type (BIAB053).
/// </summary>
internal static class KeyReferences
{
    public static List<SchemaModel> Check(List<SchemaModel> models, List<DiagnosticInfo> diagnostics)
    {
        var byName = models.ToDictionary(m => m.Name, System.StringComparer.Ordinal);
        var valid = new List<SchemaModel>(models.Count);
        foreach (var model in models)
        {
            var ok = true;
            foreach (var field in model.Fields)
            {
                if (field.Type != FieldType.Ref || !byName.TryGetValue(field.Target!, out var target))
                {
                    continue;
                }

                if (target.PrimaryKey.Count > 1)
                {
                    diagnostics.Add(new DiagnosticInfo(
                        Descriptors.RefToCompositeKey,
                        field.Location,
                        $"Field {model.Name}.{field.Name} refers to model {target.Name}, whose primary key has {target.PrimaryKey.Count} columns ({string.Join(", ", target.PrimaryKey)}); a ref needs a single-column key. Give {target.Name} a single key (and a unique index over its columns), or refer to its parts with their own refs."));
                    ok = false;
                }
                else if (field.Primary && InCycle(model, byName))
                {
                    diagnostics.Add(new DiagnosticInfo(
                        Descriptors.KeyReferenceCycle,
                        field.Location,
                        $"The primary key {model.Name}.{field.Name} is a ref, and following key refs from {model.Name} comes back to it; one model of the cycle needs a key of its own type."));
                    ok = false;
                }
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        return valid;
    }

    private static bool InCycle(SchemaModel start, Dictionary<string, SchemaModel> byName)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var model = start;
        while (seen.Add(model.Name))
        {
            var key = model.PrimaryKey.Count == 1 ? SchemaSetBuilder.KeyOf(model) : null;
            if (key is not { Type: FieldType.Ref } || !byName.TryGetValue(key.Target!, out var next))
            {
                return false;
            }

            model = next;
        }

        return model.Name == start.Name;
    }
}
