using System.Collections.Generic;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>The YAML spelling of each field type and what each type allows.</summary>
internal static class FieldTypes
{
    public static readonly IReadOnlyList<string> Names = new[]
    {
        "uuid", "string", "text", "integer", "bigint", "float", "decimal", "boolean", "date", "datetime", "datetimetz", "json", "binary", "enum", "ref",
    };

    public static bool TryParse(string name, out FieldType type)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                type = (FieldType)i;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string Name(FieldType type) => Names[(int)type];

    /// <summary>Types a primary key (and so a reference) may have.</summary>
    public static bool CanBeKey(FieldType type) =>
        type is FieldType.Uuid or FieldType.String or FieldType.Integer or FieldType.BigInt;

    public static bool HasLength(FieldType type) => type is FieldType.String;
}
