using System.Globalization;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// The values the fuzzer writes into rows, and one text form for what either database hands back, so rows read
/// from SQLite and PostgreSQL compare with the same expected text ("1"/"0" for booleans, decimals without trailing zeros).
/// </summary>
internal static class RowValues
{
    public static bool IsNumber(FieldSpec field) => !field.Array && field.Type is "integer" or "bigint" or "smallint";

    /// <summary>The text of a value of this field as it reads back (a YAML default or a value the fuzzer wrote).</summary>
    public static string? Literal(FieldSpec field, string? value) => value is null ? null : field.Type switch
    {
        "boolean" => value == "true" ? "1" : "0",
        "decimal" or "real" or "float" => decimal.Parse(value, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A value for row <paramref name="id"/>: distinct per row (so any field may become unique), or null when optional.</summary>
    public static string? ValueFor(FieldSpec field, long id, Random random, Func<string, long?> parentRow)
    {
        if (!field.Required && field.Type != "ref" && random.Next(4) == 0)
        {
            return null;
        }

        // A stable salt (string.GetHashCode differs per process), so a printed failing case reproduces the same rows.
        var salt = (field.Column.Aggregate(7, (hash, c) => (hash * 31 + c) % 100_003) % 900) + 100;
        if (field.Array)
        {
            // An enum array holds the first label only, as a scalar enum does, so no removed label is left in a row.
            return field.Type == "enum" ? $"[\"{field.Values[0]}\"]" : $"[\"v{id}x{salt}\"]";
        }

        return field.Type switch
        {
            "integer" or "bigint" => (id * 1000 + salt).ToString(CultureInfo.InvariantCulture),
            "smallint" => (id * 100 + salt % 100).ToString(CultureInfo.InvariantCulture),
            "real" or "float" => id.ToString(CultureInfo.InvariantCulture) + ".5",

            // Exactly max_length (4) characters: PostgreSQL pads a shorter character(n) value with blanks.
            "char" => "c" + (id % 1000).ToString("000", CultureInfo.InvariantCulture),
            "time" => $"{(id / 60 % 24).ToString("00", CultureInfo.InvariantCulture)}:{(id % 60).ToString("00", CultureInfo.InvariantCulture)}:{(salt % 60).ToString("00", CultureInfo.InvariantCulture)}",
            "timestamp" => $"2026-01-{(1 + id % 28).ToString("00", CultureInfo.InvariantCulture)} {(id / 28 % 24).ToString("00", CultureInfo.InvariantCulture)}:{(salt % 60).ToString("00", CultureInfo.InvariantCulture)}:00.250",
            "string" or "text" or "custom" => $"v{id}x{salt}",
            "boolean" => id % 2 == 0 ? "1" : "0",
            "decimal" => id.ToString(CultureInfo.InvariantCulture) + ".25",
            "enum" => field.Values[0],
            "ref" => !field.Required && random.Next(4) == 0 ? null : parentRow(field.Target!)?.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException("No value for type " + field.Type),
        };
    }

    /// <summary>A value in an INSERT: numbers bare, booleans in the dialect's spelling, everything else quoted.</summary>
    public static string Sql(FieldSpec field, string? value, bool postgres) => value is null ? "NULL" : field.Array && postgres
        ? "'{" + string.Join(",", System.Text.Json.JsonSerializer.Deserialize<string[]>(value)!) + "}'"
        : field.Type switch
    {
        "integer" or "bigint" or "smallint" or "real" or "float" or "decimal" or "ref" => value,
        "boolean" => postgres ? (value == "1" ? "true" : "false") : value,
        _ => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
    };

    public static string? Read(object? value) => value switch
    {
        null or DBNull => null,
        bool b => b ? "1" : "0",
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        double d => ((decimal)d).ToString("0.############", CultureInfo.InvariantCulture),
        float f => ((decimal)f).ToString("0.############", CultureInfo.InvariantCulture),

        // PostgreSQL's timestamp, time and text[]: SQLite holds the text the fuzzer wrote, in these forms.
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
        string[] list => System.Text.Json.JsonSerializer.Serialize(list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
