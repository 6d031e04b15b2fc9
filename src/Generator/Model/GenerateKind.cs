namespace BackendInABox.Generator.Model;

/// <summary>How the entity's constructor fills a <c>generate:</c> field (the database gives it no default).</summary>
internal enum GenerateKind
{
    Uuid,
    UuidV7,
    Cuid,
    Ulid,
}

internal static class GenerateKinds
{
    public static readonly NameTable<GenerateKind> Names = new(
        (GenerateKind.Uuid, "uuid"), (GenerateKind.UuidV7, "uuid_v7"), (GenerateKind.Cuid, "cuid"), (GenerateKind.Ulid, "ulid"));

    /// <summary>The length of the text form, which a string field's max_length must hold.</summary>
    public static int TextLength(GenerateKind kind) => kind == GenerateKind.Ulid ? 26 : 36;
}
