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
        if (type.Kind is FieldType.String or FieldType.Char && type.Length is { } length)
        {
            name = $"{name}({Number(length)})";
        }
        else if (type.Kind == FieldType.Decimal)
        {
            name = $"{name}({Number(type.Precision ?? 0)},{Number(type.Scale ?? 0)})";
        }
        else if (FieldTypes.IsTemporal(type.Kind) && type.Precision is { } digits)
        {
            name = $"{name}({Number(digits)})";
        }
        else if (type.Custom is { } custom)
        {
            name = $"{name}({custom.Postgres}/{custom.Sqlite})";
        }

        return type.Array ? name + "[]" : name;
    }

    /// <summary>
    /// Whether the change needs a conversion of the stored values: another kind of type, a value becoming an array or
    /// the reverse, another custom type. Lengths and precisions PostgreSQL converts by itself.
    /// </summary>
    public static bool NeedsCast(ColumnType from, ColumnType to) =>
        from.Kind != to.Kind || from.Array != to.Array || from.Custom != to.Custom;

    /// <summary>True when every value of <paramref name="from"/> converts to <paramref name="to"/> unchanged.</summary>
    public static bool IsWidening(ColumnType from, ColumnType to)
    {
        if (from.Array && !to.Array)
        {
            return false;
        }

        // A value becomes a one-element array, so it keeps what its element type keeps; arrays convert element by element.
        return IsElementWidening(@from with { Array = false }, to with { Array = false });
    }

    private static bool IsElementWidening(ColumnType from, ColumnType to)
    {
        if (from.Kind == to.Kind)
        {
            return from.Kind switch
            {
                FieldType.String or FieldType.Char => to.Length is null || (from.Length is { } a && to.Length is { } b && b >= a),
                FieldType.Decimal => (to.Scale ?? 0) >= (from.Scale ?? 0) && ((to.Precision ?? 0) - (to.Scale ?? 0)) >= ((from.Precision ?? 0) - (from.Scale ?? 0)),
                FieldType.Custom => from.Custom == to.Custom,
                _ when FieldTypes.IsTemporal(from.Kind) => KeepsFraction(from, to),
                _ => true,
            };
        }

        return (from.Kind, to.Kind) switch
        {
            (FieldType.SmallInt, FieldType.Integer or FieldType.BigInt or FieldType.Real or FieldType.Float or FieldType.Text) => true,
            (FieldType.SmallInt, FieldType.Decimal) => (to.Precision ?? 0) - (to.Scale ?? 0) >= 5,
            (FieldType.Integer, FieldType.BigInt or FieldType.Float or FieldType.Text) => true,
            (FieldType.Integer, FieldType.Decimal) => (to.Precision ?? 0) - (to.Scale ?? 0) >= 10,
            (FieldType.BigInt, FieldType.Text) => true,
            (FieldType.BigInt, FieldType.Decimal) => (to.Precision ?? 0) - (to.Scale ?? 0) >= 19,
            (FieldType.Real, FieldType.Float) => true,
            (FieldType.String or FieldType.Char or FieldType.Enum or FieldType.Json or FieldType.Uuid or FieldType.Time, FieldType.Text) => true,
            (FieldType.String, FieldType.Char) => from.Length is { } n && to.Length >= n,
            (FieldType.Enum or FieldType.Uuid or FieldType.Char, FieldType.String) => to.Length is null || to.Length >= (from.Kind == FieldType.Uuid ? 36 : from.Length ?? 0),
            (FieldType.Date, FieldType.DateTime or FieldType.DateTimeTz or FieldType.Timestamp) => true,
            (FieldType.DateTime or FieldType.Timestamp, FieldType.DateTimeTz or FieldType.DateTime or FieldType.Timestamp) => KeepsFraction(from, to),
            _ => false,
        };
    }

    /// <summary>Fewer fractional-second digits round the stored times.</summary>
    private static bool KeepsFraction(ColumnType from, ColumnType to) =>
        (to.Precision ?? ColumnType.DefaultTimePrecision) >= (from.Precision ?? ColumnType.DefaultTimePrecision);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
