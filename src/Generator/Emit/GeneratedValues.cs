using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The C# that makes a <c>generate:</c> value. A ULID comes from the Ulid package (Cysharp, MIT), which the runtime
/// package depends on, so every app that builds entities has it; version-7 UUIDs are the BCL's own (.NET 9 and later).
/// </summary>
internal static class GeneratedValues
{
    public static string Expression(GenerateKind kind, FieldType type)
    {
        var guid = kind == GenerateKind.UuidV7 ? "global::System.Guid.CreateVersion7()" : "global::System.Guid.NewGuid()";
        return kind switch
        {
            GenerateKind.Ulid => "global::System.Ulid.NewUlid().ToString()",
            _ when type == FieldType.Uuid => guid,
            _ => guid + ".ToString()",
        };
    }
}
