namespace BackendInABox.Generator.Model;

/// <summary>The field types of a schema file (DESIGN.md, "Types and their mapping").</summary>
internal enum FieldType
{
    Uuid,
    String,
    Text,
    Integer,
    BigInt,
    Float,
    Decimal,
    Boolean,
    Date,
    DateTime,
    DateTimeTz,
    Json,
    Binary,
    Enum,
    Ref,
    SmallInt,
    Real,
    Char,
    Time,
    Timestamp,
    Custom,
}

/// <summary>What the database does to referencing rows when the referenced row is deleted.</summary>
internal enum OnDelete
{
    NoAction,
    Cascade,
    SetNull,
    Restrict,
}
