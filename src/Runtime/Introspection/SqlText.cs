using System.Text;
using System.Text.RegularExpressions;

namespace BackendInABox.Introspection;

/// <summary>
/// Normal forms for what catalogs echo back differently from what was written: PostgreSQL adds casts
/// (<c>'a'::character varying</c>) and parentheses, spells types long-hand, and upper-cases keywords.
/// </summary>
internal static partial class SqlText
{
    private static readonly Dictionary<string, string> PostgresTypeNames = new(StringComparer.Ordinal)
    {
        ["character varying"] = "varchar",
        ["timestamp without time zone"] = "timestamp",
        ["timestamp with time zone"] = "timestamptz",
        ["time without time zone"] = "time",
        ["time with time zone"] = "timetz",
    };

    /// <summary>
    /// A PostgreSQL <c>format_type</c> result in the generator's spelling ("character varying(63)" → "varchar(63)"):
    /// the modifier may stand inside the name ("timestamp(3) without time zone" → "timestamp(3)").
    /// </summary>
    public static string PostgresType(string formatted)
    {
        var parts = FormattedType().Match(formatted);
        var name = (parts.Groups["name"].Value + parts.Groups["rest"].Value).Trim();
        var modifier = parts.Groups["modifier"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return (PostgresTypeNames.TryGetValue(name, out var shortName) ? shortName : name) + modifier + parts.Groups["array"].Value;
    }

    /// <summary>A default expression without casts, outer parentheses, extra blanks and keyword case; quoted text is kept as is.</summary>
    public static string? Default(string? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var text = Blanks().Replace(LowerOutsideQuotes(Cast().Replace(expression, string.Empty)), " ").Trim();
        while (text.Length >= 2 && text[0] == '(' && text[^1] == ')' && ClosesAtEnd(text))
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    /// <summary>The quoted values of a CHECK, in order ("'a', 'b'" → a, b), with doubled quotes undone.</summary>
    public static IReadOnlyList<string> QuotedValues(string text) =>
        [.. Quoted().Matches(text).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal))];

    /// <summary>
    /// A condition or index key in a form PostgreSQL's deparsed text and the text as written share: casts, parentheses,
    /// double quotes and blanks removed, keywords and names lower-cased; quoted text is kept as is. Two texts that
    /// differ in more than that (PostgreSQL writes <c>IN (...)</c> as <c>= ANY (ARRAY[...])</c>) compare as different.
    /// </summary>
    public static string? Condition(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = new StringBuilder(text.Length);
        var lowered = LowerOutsideQuotes(Cast().Replace(text, string.Empty));
        var inside = Inside(lowered);
        for (var i = 0; i < lowered.Length; i++)
        {
            var c = lowered[i];
            // Text and names in quotes are kept as they are (a name may hold blanks, parentheses or a single quote); only the double quotes around a name go.
            if (inside[i] == '\'' || (inside[i] == '"' && c != '"') || !(c is '(' or ')' or '"' || char.IsWhiteSpace(c)))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>For each character: '\'' inside (or delimiting) a string literal, '"' inside (or delimiting) a quoted name, else a blank.</summary>
    private static char[] Inside(string text)
    {
        var inside = new char[text.Length];
        char state = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (state == ' ' && c is '\'' or '"')
            {
                state = c;
                inside[i] = c;
                continue;
            }

            inside[i] = state;
            if (state != ' ' && c == state)
            {
                state = ' ';
            }
        }

        return inside;
    }

    private static string LowerOutsideQuotes(string text)
    {
        var inside = Inside(text);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            result.Append(inside[i] == ' ' ? char.ToLowerInvariant(text[i]) : text[i]);
        }

        return result.ToString();
    }

    /// <summary>True when the opening parenthesis at 0 is closed by the last character, not earlier ("(a) || (b)" is not wrapped).</summary>
    private static bool ClosesAtEnd(string text)
    {
        var depth = 0;
        var inside = Inside(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (inside[i] != ' ')
            {
                continue;
            }

            var c = text[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"::(?:""?[A-Za-z_][A-Za-z0-9_]*""?)(?: (?:varying|precision|without|with|time|zone)\b)*(?:\(\d+(?:,\s*\d+)?\))?(?: (?:without|with|time|zone)\b)*(?:\[\])?")]
    private static partial Regex Cast();

    [GeneratedRegex(@"^(?<name>[^(\[]*)(?<modifier>\([^)]*\))?(?<rest>[^\[]*)(?<array>(?:\[\])*)$")]
    private static partial Regex FormattedType();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"'((?:[^']|'')*)'")]
    private static partial Regex Quoted();
}
