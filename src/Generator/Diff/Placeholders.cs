using System.Globalization;
using System.Linq;
using System.Text;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// The value a <c>down</c> writes into rows when it makes a column required again and the rows hold nothing for it
/// (the column was dropped, or the up allowed NULLs): the field's constant default, else the plainest value of its type.
/// </summary>
internal static class Placeholders
{
    private const string Epoch = "1970-01-01";

    /// <summary>The backfill, or null for a type no constant can be written for (binary).</summary>
    public static DefaultValue? For(ColumnShape column)
    {
        if (column.Default is { Kind: DefaultKind.Literal } value)
        {
            return value;
        }

        var text = column.Type.Array ? "[]" : column.Type.Kind switch
        {
            FieldType.String or FieldType.Text or FieldType.Char => string.Empty,
            FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Float or FieldType.Real or FieldType.Decimal => "0",
            FieldType.Boolean => "false",
            FieldType.Date => Epoch,
            FieldType.DateTime or FieldType.DateTimeTz or FieldType.Timestamp => Epoch + "T00:00:00",
            FieldType.Time => "00:00:00",
            FieldType.Uuid => "00000000-0000-0000-0000-000000000000",
            FieldType.Enum => column.EnumValues.FirstOrDefault(),
            FieldType.Json => "{}",
            _ => null,
        };
        return text is null ? null : new DefaultValue(DefaultKind.Literal, text);
    }

    /// <summary>
    /// How a warning names the value: bare numbers and booleans, other values quoted, with line breaks and other
    /// control characters escaped because the warning also becomes a one-line comment in the migration file.
    /// </summary>
    public static string Describe(ColumnType type, DefaultValue value) => type.Array ? value.Value : type.Kind switch
    {
        FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Float or FieldType.Real or FieldType.Decimal or FieldType.Boolean => value.Value,
        _ => "'" + Wording.Shorten(Escaped(value.Value)) + "'",
    };

    private static string Escaped(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            text.Append(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return text.ToString();
    }
}
