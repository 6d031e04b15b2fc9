using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// Text for an XML doc comment: markup characters escaped, and characters XML 1.0 cannot hold (controls, lone
/// surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so the documentation file stays well-formed. Line terminators are
/// kept: the writer turns each into a new <c>///</c> line.
/// </summary>
internal static class XmlText
{
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="Escape"/> would return it, without a string of its own.</summary>
    public static void AppendTo(StringBuilder builder, string text)
    {
        if (NeedsEscaping(text))
        {
            AppendEscaped(builder, text);
        }
        else
        {
            builder.Append(text);
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (CodeWriter.IsLineTerminator(c) || c == '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }
        }
    }

    /// <summary>Whether any character would change: markup, or one XML cannot hold (a valid surrogate pair is kept, but checked the slow way).</summary>
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) || (char.IsControl(c) && !CodeWriter.IsLineTerminator(c) && c != '\t'))
            {
                return true;
            }
        }

        return false;
    }
}
