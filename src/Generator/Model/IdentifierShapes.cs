using System;
using System.Collections.Generic;

namespace BackendInABox.Generator.Model;

/// <summary>
/// The shapes a name may take, which every stage shares: Parsing words its messages by whether the model name is a
/// type name, Validation reports a name of the wrong shape, and Emit leaves a name unquoted only when it is snake_case
/// and not reserved. Field keys and the table and column names derived from them are lower-case snake_case; model
/// names are PascalCase C# type names; both are limited to PostgreSQL's 63-byte identifier length.
/// </summary>
internal static class IdentifierShapes
{
    public const int MaxLength = IndexNames.MaxIdentifierLength;

    /// <summary>PostgreSQL's reserved key words (SQL:2016 column "reserved" in the PostgreSQL docs' key word table) plus SQLite's.</summary>
    private static readonly HashSet<string> SqlReserved = new(StringComparer.Ordinal)
    {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between", "binary", "both", "case", "cast",
        "check", "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
        "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "delete", "desc", "distinct", "do", "drop", "else", "end",
        "except", "exists", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "index", "initially", "inner",
        "insert", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural",
        "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right",
        "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique",
        "update", "user", "using", "variadic", "verbose", "when", "where", "window", "with", "values", "transaction", "autoincrement", "abort", "vacuum",
    };

    /// <summary>Null when valid, else why not (a sentence fragment).</summary>
    public static string? SnakeCaseProblem(string name) => Problem(
        name,
        $"PostgreSQL truncates identifiers after {MaxLength}",
        c => c >= 'a' && c <= 'z',
        "it must start with a lower-case letter",
        c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_',
        "use lower-case letters, digits and underscores (snake_case)");

    public static string? PascalCaseProblem(string name) => Problem(
        name,
        $"the limit is {MaxLength}",
        c => c >= 'A' && c <= 'Z',
        "a model name must start with an upper-case letter",
        c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'),
        "use letters and digits (PascalCase)");

    private static string? Problem(string name, string limit, Func<char, bool> firstAllowed, string firstRule, Func<char, bool> allowed, string rule)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"it is {name.Length} characters long; {limit}";
        }

        if (!firstAllowed(name[0]))
        {
            return char.IsDigit(name[0]) ? "it starts with a digit" : $"{firstRule}, not '{Describe(name[0])}'";
        }

        foreach (var c in name)
        {
            if (!allowed(c))
            {
                return $"it contains '{Describe(c)}'; {rule}";
            }
        }

        return null;
    }

    public static bool IsSqlReserved(string name) => SqlReserved.Contains(name.ToLowerInvariant());

    private static string Describe(char c) => c switch
    {
        ' ' => "space",
        '\t' => "tab",
        _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
        _ => c.ToString(),
    };
}
