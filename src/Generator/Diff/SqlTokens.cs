using System.Collections.Generic;
using System.Text;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// A word of SQL: a keyword or bare name (upper-cased in <see cref="Upper"/>), a quoted name, a punctuation mark, or a
/// string literal (its content in <see cref="Literal"/>, for the bodies of PostgreSQL's DO blocks and EXECUTE).
/// </summary>
internal readonly struct SqlToken
{
    public SqlToken(string text, bool quoted)
    {
        Text = text;
        Quoted = quoted;
        Upper = quoted ? string.Empty : text.ToUpperInvariant();
        Literal = null;
    }

    private SqlToken(string text, string literal)
    {
        Text = text;
        Quoted = false;
        Upper = string.Empty;
        Literal = literal;
    }

    /// <summary>As written, with the quotes of a quoted name or a string literal.</summary>
    public string Text { get; }

    public bool Quoted { get; }

    /// <summary>The bare word upper-cased, for keyword comparison; empty for a quoted name or a string, never keywords.</summary>
    public string Upper { get; }

    /// <summary>A string literal's content, its quotes and escapes undone; null for any other token.</summary>
    public string? Literal { get; }

    public bool Is(string keyword) => Upper == keyword;

    public bool IsName => Literal is null && (Quoted || (Text.Length > 0 && (char.IsLetter(Text[0]) || Text[0] == '_')));

    public static SqlToken String(string text, string literal) => new(text, literal);
}

/// <summary>
/// Splits hand-written SQL into statements of tokens, leaving out comments (`--`, nested `/* */`) and numbers. String
/// literals ('...', E'...' with backslash escapes, PostgreSQL's $tag$...$tag$) and quoted names ("...", `...`, [...])
/// are tokens of their own, so a name or a string that reads like a keyword is not one. The BEGIN ... END body of a
/// CREATE TRIGGER, FUNCTION or PROCEDURE (SQLite's triggers, PostgreSQL's BEGIN ATOMIC) stays in its statement: its
/// semicolons end the body's statements, not the definition.
/// </summary>
internal static class SqlTokens
{
    public static List<List<SqlToken>> Statements(string sql)
    {
        var statements = new List<List<SqlToken>>();
        var current = new List<SqlToken>();
        var body = new RoutineBody();
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
                i = ReadString(sql, i, i, backslashEscapes: false, current);
            }
            else if ((c == 'E' || c == 'e') && Next(sql, i) == '\'')
            {
                i = ReadString(sql, i, i + 1, backslashEscapes: true, current);
            }
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var end = sql.IndexOf(tag, i + tag.Length, System.StringComparison.Ordinal);
                var close = end < 0 ? sql.Length : end + tag.Length;
                var content = sql.Substring(i + tag.Length, (end < 0 ? sql.Length : end) - i - tag.Length);
                current.Add(SqlToken.String(sql.Substring(i, close - i), content));
                i = close;
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

                var word = new SqlToken(sql.Substring(start, i - start), quoted: false);
                body.Read(current, word);
                current.Add(word);
            }
            else if (char.IsDigit(c))
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'))
                {
                    i++;
                }
            }
            else if (c == ';' && !body.Open)
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

    /// <summary>
    /// CREATE [OR REPLACE] [TEMP | TEMPORARY] [CONSTRAINT] TRIGGER | FUNCTION | PROCEDURE: a definition, whose body runs
    /// only when the trigger fires or the routine is called, not when the migration runs.
    /// </summary>
    public static bool DefinesRoutine(List<SqlToken> tokens)
    {
        if (tokens.Count == 0 || !tokens[0].Is("CREATE"))
        {
            return false;
        }

        var i = 1;
        while (i < tokens.Count && (tokens[i].Is("OR") || tokens[i].Is("REPLACE") || tokens[i].Is("TEMP") || tokens[i].Is("TEMPORARY") || tokens[i].Is("CONSTRAINT")))
        {
            i++;
        }

        return i < tokens.Count && (tokens[i].Is("TRIGGER") || tokens[i].Is("FUNCTION") || tokens[i].Is("PROCEDURE"));
    }

    /// <summary>Where a routine definition's BEGIN ... END body is, counting the CASE ... END expressions inside it.</summary>
    private sealed class RoutineBody
    {
        private int _depth;

        public bool Open => _depth > 0;

        public void Read(List<SqlToken> statement, SqlToken word)
        {
            if (word.Is("BEGIN") && !Open && DefinesRoutine(statement))
            {
                _depth = 1;
            }
            else if (Open && word.Is("CASE"))
            {
                _depth++;
            }
            else if (Open && word.Is("END"))
            {
                _depth--;
            }
        }
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

    /// <summary>
    /// The string literal from <paramref name="start"/> (its E prefix, if any) whose opening quote is at
    /// <paramref name="i"/>, as a token; returns the index after the closing quote ('' is a quote inside).
    /// </summary>
    private static int ReadString(string sql, int start, int i, bool backslashEscapes, List<SqlToken> tokens)
    {
        var content = new StringBuilder();
        i++;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                content.Append(Next(sql, i));
                i += 2;
            }
            else if (sql[i] == '\'')
            {
                if (Next(sql, i) != '\'')
                {
                    i++;
                    break;
                }

                content.Append('\'');
                i += 2;
            }
            else
            {
                content.Append(sql[i]);
                i++;
            }
        }

        i = System.Math.Min(i, sql.Length);
        tokens.Add(SqlToken.String(sql.Substring(start, i - start), content.ToString()));
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
