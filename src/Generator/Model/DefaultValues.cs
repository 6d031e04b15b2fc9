using System;
using System.Linq;
using System.Globalization;
using BackendInABox.Generator.Diagnostics;

namespace BackendInABox.Generator.Model;

/// <summary>
/// Reads a YAML default against the column's type and returns it in canonical form. The result is data
/// rendered later as a typed literal by FluentMigrator; it is never pasted into SQL.
/// </summary>
internal static class DefaultValues
{
    /// <summary>Returns the default, or null with <paramref name="problem"/> set.</summary>
    public static DefaultValue? Parse(ColumnType type, string text, EquatableArray<string> enumValues, out string? problem)
    {
        problem = null;
        if (type.Array)
        {
            return text == "[]" ? Literal("[]")
                : type.Kind == FieldType.Enum ? LabelList(text, enumValues, out problem)
                : Fail(out problem, "an array field's default can only be [] (the empty list)");
        }

        switch (type.Kind)
        {
            case FieldType.Uuid:
                if (text == "new")
                {
                    return new DefaultValue(DefaultKind.NewUuid, "new");
                }

                if (Guid.TryParseExact(text, "D", out var guid))
                {
                    return Literal(guid.ToString("D"));
                }

                return Fail(out problem, "a uuid default must be 'new' or a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
            case FieldType.String:
            case FieldType.Char:
            case FieldType.Text:
                if (type.Length is { } length && text.Length > length)
                {
                    return Fail(out problem, $"the default is {text.Length} characters long but max_length is {length}");
                }

                return Literal(text);
            case FieldType.Json:
                return Literal(text);
            case FieldType.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    ? Literal(i.ToString(CultureInfo.InvariantCulture))
                    : Fail(out problem, "an integer default must be a whole number from -2147483648 to 2147483647");
            case FieldType.BigInt:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? Literal(l.ToString(CultureInfo.InvariantCulture))
                    : Fail(out problem, "a bigint default must be a whole number that fits in 64 bits");
            case FieldType.SmallInt:
                return short.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var si)
                    ? Literal(si.ToString(CultureInfo.InvariantCulture))
                    : Fail(out problem, "a smallint default must be a whole number from -32768 to 32767");
            case FieldType.Real:
                return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && !float.IsNaN(r) && !float.IsInfinity(r)
                    ? Literal(r.ToString("R", CultureInfo.InvariantCulture))
                    : Fail(out problem, "a real default must be a finite number such as 1.5 that fits in 32 bits");
            case FieldType.Time:
                return DateTime.TryParseExact(text, new[] { "HH:mm:ss", "HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
                    ? Literal(clock.ToString("HH:mm:ss", CultureInfo.InvariantCulture))
                    : Fail(out problem, "a time default must be a time of day such as 09:30 or 09:30:00");
            case FieldType.Float:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
                    ? Literal(d.ToString("R", CultureInfo.InvariantCulture))
                    : Fail(out problem, "a float default must be a finite number such as 1.5");
            case FieldType.Decimal:
                return ParseDecimal(type, text, out problem);
            case FieldType.Boolean:
                return text switch
                {
                    "true" or "True" or "TRUE" => Literal("true"),
                    "false" or "False" or "FALSE" => Literal("false"),
                    _ => Fail(out problem, "a boolean default must be true or false"),
                };
            case FieldType.Date:
                if (text == "today")
                {
                    return new DefaultValue(DefaultKind.Today, "today");
                }

                return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Literal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : Fail(out problem, "a date default must be 'today' or a date such as 2026-01-31");
            case FieldType.DateTime:
            case FieldType.DateTimeTz:
            case FieldType.Timestamp:
                if (text == "now")
                {
                    return new DefaultValue(DefaultKind.Now, "now");
                }

                if (text == "current_timestamp")
                {
                    return new DefaultValue(DefaultKind.CurrentTimestamp, "current_timestamp");
                }

                return DateTime.TryParseExact(text, new[] { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                    ? Literal(time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture))
                    : Fail(out problem, "a timestamp default must be 'now' (UTC), 'current_timestamp' (the session's time zone) or a time such as 2026-01-31T12:00:00");
            case FieldType.Enum:
                foreach (var value in enumValues)
                {
                    if (value == text)
                    {
                        return Literal(text);
                    }
                }

                return Fail(out problem, $"the default must be one of the enum's values ({string.Join(", ", enumValues)})");
            default:
                return Fail(out problem, $"a {EnumNames.FieldTypes.Name(type.Kind)} field cannot have a default");
        }
    }

    private static DefaultValue? ParseDecimal(ColumnType type, string text, out string? problem)
    {
        problem = null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(out problem, "a decimal default must be a number such as 0 or 9.99");
        }

        var canonical = value.ToString(CultureInfo.InvariantCulture);
        if (type.Precision is { } precision)
        {
            var scale = type.Scale ?? 0;
            var parts = canonical.TrimStart('-').Split('.');
            var integerDigits = parts[0].TrimStart('0').Length;
            var fractionDigits = parts.Length > 1 ? parts[1].TrimEnd('0').Length : 0;
            if (fractionDigits > scale || integerDigits > precision - scale)
            {
                return Fail(out problem, $"{Wording.Shorten(text)} does not fit numeric({precision},{scale})");
            }
        }

        return Literal(canonical);
    }

    /// <summary>An enum array's default: a list of the enum's labels.</summary>
    private static DefaultValue? LabelList(string text, EquatableArray<string> enumValues, out string? problem)
    {
        problem = null;
        var labels = LabelLists.Parse(text);
        if (labels is null)
        {
            return Fail(out problem, $"an enum array's default is a list of the enum's values, such as [{enumValues.FirstOrDefault()}], or [] (the empty list)");
        }

        foreach (var label in labels)
        {
            if (!enumValues.Contains(label))
            {
                return Fail(out problem, $"'{Wording.Shorten(label)}' is not one of the enum's values ({string.Join(", ", enumValues)})");
            }
        }

        return Literal(LabelLists.Format(labels));
    }

    private static DefaultValue Literal(string value) => new(DefaultKind.Literal, value);

    private static DefaultValue? Fail(out string? problem, string message)
    {
        problem = message;
        return null;
    }
}
