namespace BackendInABox.Generator.Model;

/// <summary>What each field type allows.</summary>
internal static class FieldTypes
{
    /// <summary>Types a primary key may have; a ref key has its target's key type, which is one of the others.</summary>
    public static bool CanBeKey(FieldType type) =>
        type is FieldType.Uuid or FieldType.String or FieldType.Char or FieldType.Text or FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Ref;

    /// <summary>Types the database can number (<c>identity</c>).</summary>
    public static bool CanBeIdentity(FieldType type) => IsInteger(type);

    /// <summary>Integer keys are identity columns: the database numbers new rows.</summary>
    public static bool IsInteger(FieldType type) => type is FieldType.Integer or FieldType.BigInt or FieldType.SmallInt;

    /// <summary>Types whose <c>precision:</c> is the number of fractional-second digits (0–6).</summary>
    public static bool IsTemporal(FieldType type) => type is FieldType.DateTime or FieldType.DateTimeTz or FieldType.Timestamp or FieldType.Time;

    /// <summary>
    /// Types <c>array: true</c> applies to: the scalars and enums. A ref's foreign key, json (already holds lists), binary
    /// and custom (its type is the user's SQL) have no array form.
    /// </summary>
    public static bool CanBeArray(FieldType type) =>
        type is not (FieldType.Ref or FieldType.Json or FieldType.Binary or FieldType.Custom);

    /// <summary>Types the generator's trigger can keep current on every update (<c>auto_update</c>).</summary>
    public static bool CanAutoUpdate(FieldType type) => type is FieldType.DateTime or FieldType.DateTimeTz or FieldType.Timestamp;
}
