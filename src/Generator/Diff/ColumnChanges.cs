using System.Globalization;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Diff;

/// <summary>How a column's type change is described and whether it can lose data.</summary>
internal static class ColumnChanges
{
    public static string Describe(ColumnType type)
    {
        var name = EnumNames.FieldTypes.Name(type.Kind);
        if (type.Kind == FieldType.String && type.Length is { } length)
        {
            return $"{name}({length.ToString(CultureInfo.InvariantCulture)})";
        }

        if (type.Kind == FieldType.Decimal)
        {
            return $"{name}({(type.Precision ?? 0).ToString(CultureInfo.InvariantCulture)},{(type.Scale ?? 0).ToString(CultureInfo.InvariantCulture)})";
        }

        return name;
    }

    /// <summary>True when every value of <paramref name="from"/> converts to <paramref name="to"/> unchanged.</summary>
    public static bool IsWidening(ColumnType from, ColumnType to)
    {
        if (from.Kind == to.Kind)
        {
            return from.Kind switch
            {
                FieldType.String => to.Length is null || (from.Length is { } a && to.Length is { } b && b >= a),
                FieldType.Decimal => (to.Scale ?? 0) >= (from.Scale ?? 0) && ((to.Precision ?? 0) - (to.Scale ?? 0)) >= ((from.Precision ?? 0) - (from.Scale ?? 0)),
                _ => true,
            };
        }

        return (from.Kind, to.Kind) switch
        {
            (FieldType.Integer, FieldType.BigInt or FieldType.Float or FieldType.Text) => true,
            (FieldType.Integer, FieldType.Decimal) => (to.Precision ?? 0) - (to.Scale ?? 0) >= 10,
            (FieldType.BigInt, FieldType.Text) => true,
            (FieldType.BigInt, FieldType.Decimal) => (to.Precision ?? 0) - (to.Scale ?? 0) >= 19,
            (FieldType.String or FieldType.Enum or FieldType.Json or FieldType.Uuid, FieldType.Text) => true,
            (FieldType.Enum or FieldType.Uuid, FieldType.String) => to.Length is null || to.Length >= (from.Kind == FieldType.Uuid ? 36 : from.Length ?? 0),
            (FieldType.Date, FieldType.DateTime or FieldType.DateTimeTz) => true,
            (FieldType.DateTime, FieldType.DateTimeTz) => true,
            _ => false,
        };
    }
}
