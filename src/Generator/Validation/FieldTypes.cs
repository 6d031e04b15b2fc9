using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>What each field type allows.</summary>
internal static class FieldTypes
{
    /// <summary>Types a primary key may have; a ref key has its target's key type, which is one of the others.</summary>
    public static bool CanBeKey(FieldType type) =>
        type is FieldType.Uuid or FieldType.String or FieldType.Text or FieldType.Integer or FieldType.BigInt or FieldType.Ref;

    /// <summary>Types the database can number (<c>identity</c>).</summary>
    public static bool CanBeIdentity(FieldType type) => type is FieldType.Integer or FieldType.BigInt;
}
