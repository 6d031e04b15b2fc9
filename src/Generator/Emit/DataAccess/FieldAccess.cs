using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// How one field's value crosses ADO.NET in its stored form (the same on both dialects): the expression that reads it
/// from a <c>DbDataReader</c> and the call that adds it as a parameter. The helpers named here are
/// <see cref="RowSupportEmitter"/>'s.
/// </summary>
internal static class FieldAccess
{
    public const string Support = "BackendInABoxRows";

    /// <summary>The type the column stores: a ref stores its <c>column_type:</c>, else its target's key.</summary>
    public static FieldType StoredType(FieldModel field, SchemaSet set) =>
        field.Type == FieldType.Ref ? RefColumnTypes.Stored(set, field).Type : field.Type;

    /// <summary>The C# type of one value (of an element, for an array), without nullability.</summary>
    public static string ValueType(SchemaModel model, FieldModel field, SchemaSet set, string ns) => field.Type switch
    {
        FieldType.Enum => EnumType(model, field, ns),
        FieldType.Custom => field.ClrType ?? "string",
        _ => EntityEmitter.ClrType(StoredType(field, set)),
    };

    public static string EnumType(SchemaModel model, FieldModel field, string ns) => $"global::{ns}.{CodeWriter.Identifier(TypeNames.EnumName(model, field))}";

    /// <summary>The value of column ordinal <paramref name="ordinal"/> of <paramref name="reader"/>, null when the column is.</summary>
    public static string Read(SchemaModel model, FieldModel field, SchemaSet set, string ns, string reader, string ordinal)
    {
        var value = field is { Array: true, Type: FieldType.Enum }
            ? $"{Support}.Labels({reader}, {ordinal}, {EnumType(model, field, ns)}Values.Parse)"
            : field.Array
            ? $"{Support}.List({reader}, {ordinal}, static e => {JsonElement(field, set, "e")})"
            : Scalar(model, field, set, ns, reader, ordinal);
        return field.Required ? value : $"{reader}.IsDBNull({ordinal}) ? null : {value}";
    }

    /// <summary>The statement that adds the property's value as parameter <paramref name="name"/>.</summary>
    public static string Write(SchemaModel model, FieldModel field, SchemaSet set, string name, string property)
    {
        var literal = CodeWriter.Literal(name);
        if (field is { Array: true, Type: FieldType.Enum })
        {
            return $"{Support}.Labels(command, {literal}, {property}?.ConvertAll(static v => v.ToDbValue()), native: {(field.NativeEnum is null ? "false" : "true")});";
        }

        if (field.Array)
        {
            var type = StoredType(field, set);
            var values = type == FieldType.DateTime ? $"{property}?.ConvertAll({Support}.ToUtc)" : property;
            return $"{Support}.List(command, {literal}, {values}, static (w, v) => {JsonWriter(type, "w", "v")});";
        }

        var access = field.Required ? property : property + "?";
        return StoredType(field, set) switch
        {
            FieldType.Enum when field.NativeEnum is not null => $"{Support}.NativeLabel(command, {literal}, {access}.ToDbValue());",
            FieldType.Enum => $"{Support}.Value(command, {literal}, {access}.ToDbValue());",
            FieldType.Uuid => $"{Support}.Uuid(command, {literal}, {property});",
            FieldType.Json => $"{Support}.Json(command, {literal}, {property});",
            FieldType.DateTime => $"{Support}.Instant(command, {literal}, {property});",
            FieldType.Timestamp => $"{Support}.WallClock(command, {literal}, {property});",
            FieldType.DateTimeTz => $"{Support}.Offset(command, {literal}, {property});",
            _ => $"{Support}.Value(command, {literal}, {property});",
        };
    }

    private static string Scalar(SchemaModel model, FieldModel field, SchemaSet set, string ns, string reader, string ordinal) => StoredType(field, set) switch
    {
        FieldType.Uuid => $"{reader}.GetGuid({ordinal})",
        FieldType.String or FieldType.Char or FieldType.Text or FieldType.Json => $"{reader}.GetString({ordinal})",
        FieldType.Custom when field.ClrType is null => $"{reader}.GetString({ordinal})",
        FieldType.SmallInt => $"{reader}.GetInt16({ordinal})",
        FieldType.Integer => $"{reader}.GetInt32({ordinal})",
        FieldType.BigInt => $"{reader}.GetInt64({ordinal})",
        FieldType.Real => $"{reader}.GetFloat({ordinal})",
        FieldType.Float => $"{reader}.GetDouble({ordinal})",
        FieldType.Decimal => $"{Support}.Decimal({reader}, {ordinal})",
        FieldType.Boolean => $"{reader}.GetBoolean({ordinal})",
        FieldType.DateTime => $"{Support}.Instant({reader}, {ordinal})",
        FieldType.Timestamp => $"{Support}.WallClock({reader}, {ordinal})",
        FieldType.DateTimeTz => $"{Support}.Offset({reader}, {ordinal})",
        FieldType.Enum when field.NativeEnum is not null => $"{Support}.NativeEnum({reader}, {ordinal}, {EnumType(model, field, ns)}Values.Parse)",
        FieldType.Enum => $"{EnumType(model, field, ns)}Values.Parse({reader}.GetString({ordinal}))",
        _ => $"{reader}.GetFieldValue<{ValueType(model, field, set, ns)}>({ordinal})",
    };

    /// <summary>An array element from the JSON text SQLite stores a list in.</summary>
    public static string JsonElement(FieldModel field, SchemaSet set, string e) => StoredType(field, set) switch
    {
        FieldType.Uuid => $"{e}.GetGuid()",
        FieldType.SmallInt => $"{e}.GetInt16()",
        FieldType.Integer => $"{e}.GetInt32()",
        FieldType.BigInt => $"{e}.GetInt64()",
        FieldType.Real => $"{e}.GetSingle()",
        FieldType.Float => $"{e}.GetDouble()",
        FieldType.Decimal => $"{Support}.JsonDecimal({e})",
        FieldType.Boolean => $"{Support}.JsonBoolean({e})",
        FieldType.Date => $"global::System.DateOnly.Parse({e}.GetString()!, global::System.Globalization.CultureInfo.InvariantCulture)",
        FieldType.Time => $"global::System.TimeOnly.Parse({e}.GetString()!, global::System.Globalization.CultureInfo.InvariantCulture)",
        FieldType.DateTime => $"{Support}.ParseInstant({e}.GetString()!)",
        FieldType.Timestamp => $"{Support}.ParseWallClock({e}.GetString()!)",
        FieldType.DateTimeTz => $"{Support}.ParseOffset({e}.GetString()!)",
        _ => $"{e}.GetString()!",
    };

    /// <summary>Writes an array element as the JSON the reader above reads back.</summary>
    private static string JsonWriter(FieldType type, string w, string v) => type switch
    {
        FieldType.Uuid => $"{w}.WriteStringValue({Support}.UuidText({v}))",
        FieldType.SmallInt or FieldType.Integer or FieldType.BigInt or FieldType.Real or FieldType.Float => $"{w}.WriteNumberValue({v})",
        // Text with every digit, in the form Microsoft.Data.Sqlite gives a decimal column: EF Core's SQLite provider reads a list's decimals only as such strings.
        FieldType.Decimal => $"{w}.WriteStringValue({v}.ToString(\"0.0###########################\", global::System.Globalization.CultureInfo.InvariantCulture))",
        FieldType.Boolean => $"{w}.WriteBooleanValue({v})",
        FieldType.Date => $"{w}.WriteStringValue({v}.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture))",
        FieldType.Time => $"{w}.WriteStringValue({v}.ToString(\"HH:mm:ss.FFFFFFF\", global::System.Globalization.CultureInfo.InvariantCulture))",
        FieldType.DateTime or FieldType.Timestamp => $"{w}.WriteStringValue({Support}.DateTimeText({v}))",
        FieldType.DateTimeTz => $"{w}.WriteStringValue({Support}.OffsetText({v}))",
        _ => $"{w}.WriteStringValue({v})",
    };
}
