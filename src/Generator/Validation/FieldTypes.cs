using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>What each field type allows.</summary>
internal static class FieldTypes
{
    /// <summary>Types a primary key (and so a reference) may have.</summary>
    public static bool CanBeKey(FieldType type) =>
        type is FieldType.Uuid or FieldType.String or FieldType.Integer or FieldType.BigInt;
}
