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
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            if (IsPlain(value[i]))
            {
                while (++i < value.Length && IsPlain(value[i]))
                {
                }

                builder.Append(value, start, i - start);
            }
            else if (CommonEscape(value[i]) is { } escape)
            {
                builder.Append(escape);
                i++;
            }
            else
            {
                // A run, not one character, so a surrogate pair reaches Roslyn whole.
                while (++i < value.Length && !IsPlain(value[i]) && CommonEscape(value[i]) is null)
                {
                }

                var escaped = SymbolDisplay.FormatLiteral(value.Substring(start, i - start), quote: true);
                builder.Append(escaped, 1, escaped.Length - 2);
            }
        }

        builder.Append('"');
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
