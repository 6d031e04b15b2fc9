namespace BackendInABox.Introspection;

/// <summary>
/// What SQLite keeps only as the text of a CREATE statement: a table's named CHECK constraints, and an index's key list
/// and predicate. Parentheses are matched outside quoted text, so a condition may hold any of them.
/// </summary>
internal static class SqliteDefinitions
{
    /// <summary>Every <c>CONSTRAINT "name" CHECK (condition)</c> of a CREATE TABLE text.</summary>
    public static IReadOnlyList<(string Name, string Condition)> NamedChecks(string createSql)
    {
        var checks = new List<(string, string)>();
        for (var at = createSql.IndexOf("CONSTRAINT \"", StringComparison.Ordinal); at >= 0; at = createSql.IndexOf("CONSTRAINT \"", at + 1, StringComparison.Ordinal))
        {
            var nameEnd = QuotedEnd(createSql, at + 11);
            if (nameEnd < 0)
            {
                break;
            }

            var name = createSql[(at + 12)..nameEnd].Replace("\"\"", "\"", StringComparison.Ordinal);
            const string check = " CHECK (";
            if (string.CompareOrdinal(createSql, nameEnd + 1, check, 0, check.Length) == 0
                && Closing(createSql, nameEnd + check.Length) is var close and > 0)
            {
                checks.Add((name, createSql[(nameEnd + check.Length + 1)..close]));
            }
        }

        return checks;
    }

    /// <summary>The text inside the parentheses after <c>ON "table"</c>, and what follows <c>WHERE</c>, if anything.</summary>
    public static (string Keys, string? Where) IndexParts(string createIndexSql)
    {
        var on = createIndexSql.IndexOf(" ON \"", StringComparison.Ordinal);
        var tableEnd = on < 0 ? -1 : QuotedEnd(createIndexSql, on + 4);
        var open = tableEnd < 0 ? -1 : createIndexSql.IndexOf('(', tableEnd);
        var close = open < 0 ? -1 : Closing(createIndexSql, open);
        if (close < 0)
        {
            return (string.Empty, null);
        }

        var rest = createIndexSql[(close + 1)..].Trim();
        return (createIndexSql[(open + 1)..close], rest.StartsWith("WHERE", StringComparison.OrdinalIgnoreCase) ? rest[5..] : null);
    }

    /// <summary>The index of the double quote that closes the identifier opened at <paramref name="open"/>.</summary>
    private static int QuotedEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the parenthesis that closes the one at <paramref name="open"/>, skipping quoted text.</summary>
    private static int Closing(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
