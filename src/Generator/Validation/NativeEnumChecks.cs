using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// <c>native:</c> (BIAB057): a PostgreSQL enum type of one enum field. Each type belongs to one column (it is created
/// and dropped with it), and PostgreSQL keeps types and tables in one namespace, so a type may not be named like a table.
/// </summary>
internal static class NativeEnumChecks
{
    public static string? Native(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.Native is not { } node)
        {
            return null;
        }

        if (type != FieldType.Enum)
        {
            diagnostics.Add(Descriptors.InvalidNativeEnum, draft.KeyLocation("native")!, $"'native' makes a PostgreSQL enum type, so it applies only to enum fields; {what} is a {EnumNames.FieldTypes.Name(type)} field.");
            return null;
        }

        // Any identifier, as a table's: Prisma names its types after its enums ("DocumentStatus"); the manifest spells
        // the type as PostgreSQL's format_type does (quoted when it must be), which is what introspection reads.
        return DatabaseNames.Check(node.Value, node.Location, "native type name", what, diagnostics);
    }

    /// <summary>The models whose native types are each used once and named unlike any table; the others are reported at the field.</summary>
    public static List<SchemaModel> Check(List<SchemaModel> models, List<DiagnosticInfo> diagnostics)
    {
        // Made when a first native type is met: most schemas have none.
        HashSet<string>? tables = null;
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = new List<SchemaModel>(models.Count);
        foreach (var model in models)
        {
            var ok = true;
            foreach (var field in model.Fields)
            {
                if (field.NativeEnum is not { } name)
                {
                    continue;
                }

                var owner = model.Name + "." + field.Name;
                tables ??= new HashSet<string>(models.Select(m => m.Table), StringComparer.Ordinal);
                if (tables.Contains(name))
                {
                    diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidNativeEnum, field.Location, $"The native type '{name}' of field {owner} is named like a table; PostgreSQL keeps types and tables in one namespace. Choose another name."));
                    ok = false;
                }
                else if (owners.TryGetValue(name, out var first))
                {
                    diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidNativeEnum, field.Location, $"The native type '{name}' of field {owner} is already the type of {first}; each native enum type belongs to one field. Name this one differently."));
                    ok = false;
                }
                else
                {
                    owners.Add(name, owner);
                }
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        return valid;
    }
}
