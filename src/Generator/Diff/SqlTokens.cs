using System.Collections.Generic;
using System.Text;

namespace BackendInABox.Generator.Diff;

/// <summary>A word of SQL: a keyword or bare name (upper-cased in <see cref="Upper"/>), a quoted name, or a punctuation mark.</summary>
internal readonly struct SqlToken
{
    public SqlToken(string text, bool quoted)
    {
        Text = text;
        Quoted = quoted;
        Upper = quoted ? string.Empty : text.ToUpperInvariant();
    }

    /// <summary>As written, with the quotes of a quoted name.</summary>
    public string Text { get; }

    public bool Quoted { get; }

    /// <summary>The bare word upper-cased, for keyword comparison; empty for a quoted name, which is never a keyword.</summary>
    public string Upper { get; }

    public bool Is(string keyword) => Upper == keyword;

    public bool IsName => Quoted || (Text.Length > 0 && (char.IsLetter(Text[0]) || Text[0] == '_'));
}

/// <summary>
/// Splits hand-written SQL into statements of tokens, leaving out what can hold any text: comments (`--`, nested
/// `/* */`), string literals ('...', E'...' with backslash escapes, PostgreSQL's $tag$...$tag$) and numbers. Quoted
/// names ("...", `...`, [...]) stay tokens of their own, so a name or a string that reads like a keyword is not one.
/// </summary>
internal static class SqlTokens
{
    public static List<List<SqlToken>> Statements(string sql)
    {
        var statements = new List<List<SqlToken>>();
        var current = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && Next(sql, i) == '-')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
            }
            else if (c == '/' && Next(sql, i) == '*')
            {
                i = SkipBlockComment(sql, i);
            }
            else if (c == '\'')
            {
                i = SkipString(sql, i, backslashEscapes: false);
            }
            else if ((c == 'E' || c == 'e') && Next(sql, i) == '\'')
            {
                i = SkipString(sql, i + 1, backslashEscapes: true);
            }
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var end = sql.IndexOf(tag, i + tag.Length, System.StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + tag.Length;
            }
            else if (c == '"' || c == '`' || c == '[')
            {
                i = ReadQuoted(sql, i, c == '[' ? ']' : c, current);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_' || sql[i] == '$'))
                {
                    i++;
                }

                current.Add(new SqlToken(sql.Substring(start, i - start), quoted: false));
            }
            else if (char.IsDigit(c))
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'))
                {
                    i++;
                }
            }
            else if (c == ';')
            {
                if (current.Count > 0)
                {
                    statements.Add(current);
                    current = new List<SqlToken>();
                }

                i++;
            }
            else
            {
                current.Add(new SqlToken(c.ToString(), quoted: false));
                i++;
            }
        }

        if (current.Count > 0)
        {
            statements.Add(current);
        }

        return statements;
    }

    private static char Next(string sql, int i) => i + 1 < sql.Length ? sql[i + 1] : '\0';

    /// <summary>PostgreSQL nests block comments; an unclosed one runs to the end.</summary>
    private static int SkipBlockComment(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && Next(sql, i) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && Next(sql, i) == '/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>From the opening quote at <paramref name="i"/> to after the closing one ('' is a quote inside).</summary>
    private static int SkipString(string sql, int i, bool backslashEscapes)
    {
        i++;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
            }
            else if (sql[i] == '\'')
            {
                if (Next(sql, i) != '\'')
                {
                    return i + 1;
                }

                i += 2;
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>The `$tag$` opening a dollar-quoted string at <paramref name="i"/>, or null for a `$1` parameter.</summary>
    private static string? DollarTag(string sql, int i)
    {
        var end = i + 1;
        while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
        {
            end++;
        }

        var tagged = end < sql.Length && sql[end] == '$' && (end == i + 1 || !char.IsDigit(sql[i + 1]));
        return tagged ? sql.Substring(i, end - i + 1) : null;
    }

    private static int ReadQuoted(string sql, int i, char close, List<SqlToken> tokens)
    {
        var text = new StringBuilder().Append(sql[i]);
        i++;
        while (i < sql.Length)
        {
            text.Append(sql[i]);
            if (sql[i] == close)
            {
                if (close == ']' || Next(sql, i) != close)
                {
                    tokens.Add(new SqlToken(text.ToString(), quoted: true));
                    return i + 1;
                }

                text.Append(close);
                i += 2;
                continue;
            }

            i++;
        }

        tokens.Add(new SqlToken(text.ToString(), quoted: true));
        return i;
    }
}
