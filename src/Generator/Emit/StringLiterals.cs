using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// C# string literals exactly as Roslyn's <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> writes them, which
/// looks up the Unicode category of every character: here printable ASCII and the common escapes, nearly all of a
/// schema's text, are written directly and only the other characters go to Roslyn (StringLiteralTests compares both
/// over every UTF-16 code unit). The pending change's YAML alone is hundreds of kilobytes in a large app.
/// </summary>
internal static class StringLiterals
{
    private const int MaxPooledCapacity = 4096;

    [System.ThreadStatic]
    private static StringBuilder? _builder;

    public static string Format(string value)
    {
        if (AllPlain(value))
        {
            return "\"" + value + "\"";
        }

        // One builder a thread, as Roslyn pools its own: generators may run on several threads at once.
        var builder = _builder ?? new StringBuilder();
        _builder = null;
        builder.Clear();
        AppendTo(builder, value);
        var literal = builder.ToString();
        if (builder.Capacity <= MaxPooledCapacity)
        {
            _builder = builder;
        }

        return literal;
    }

    /// <summary>Appends the literal of <paramref name="value"/>, quotes included, to <paramref name="builder"/>.</summary>
    public static void AppendTo(StringBuilder builder, string value)
    {
        builder.Append('"');
        AppendBody(builder, value, 0, value.Length);
        builder.Append('"');
    }

    /// <summary>
    /// Appends characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="value"/> as they read
    /// between a literal's quotes; a text escaped piece by piece reads as it would whole, as long as no piece ends
    /// between the two halves of a surrogate pair.
    /// </summary>
    public static void AppendBody(StringBuilder builder, string value, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var run = i;
            if (IsPlain(value[i]))
            {
                while (++i < end && IsPlain(value[i]))
                {
                }

                builder.Append(value, run, i - run);
            }
            else if (CommonEscape(value[i]) is { } escape)
            {
                builder.Append(escape);
                i++;
            }
            else
            {
                // A run, not one character, so a surrogate pair reaches Roslyn whole.
                while (++i < end && !IsPlain(value[i]) && CommonEscape(value[i]) is null)
                {
                }

                var escaped = SymbolDisplay.FormatLiteral(value.Substring(run, i - run), quote: true);
                builder.Append(escaped, 1, escaped.Length - 2);
            }
        }
    }

    /// <summary>Appends <paramref name="c"/> as it reads between a literal's quotes (not half of a surrogate pair: see <see cref="AppendBody(StringBuilder, string, int, int)"/>).</summary>
    public static void AppendBody(StringBuilder builder, char c)
    {
        if (IsPlain(c))
        {
            builder.Append(c);
        }
        else if (CommonEscape(c) is { } escape)
        {
            builder.Append(escape);
        }
        else
        {
            var escaped = SymbolDisplay.FormatLiteral(c.ToString(), quote: true);
            builder.Append(escaped, 1, escaped.Length - 2);
        }
    }

    private static bool AllPlain(string value)
    {
        foreach (var c in value)
        {
            if (!IsPlain(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(char c) => c >= ' ' && c <= '~' && c != '"' && c != '\\';

    private static string? CommonEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => null,
    };
}
