using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// A type name, optionally schema-qualified, with modifiers and array brackets (<c>tsvector</c>, <c>double precision</c>,
    /// <c>geometry(Point, 4326)</c>, <c>public.citext[]</c>): the text goes into DDL as written, so nothing else may.
    /// </summary>
    private static readonly Regex SqlTypeName = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?( [A-Za-z_][A-Za-z0-9_]*)*( ?\([A-Za-z0-9_, ]+\))?(\[\])*$", RegexOptions.CultureInvariant);

    /// <summary>An operator class, optionally schema-qualified (<c>gin_trgm_ops</c>, <c>public.my_ops</c>).</summary>
    private static readonly Regex OperatorClass = new("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$", RegexOptions.CultureInvariant);

    public static bool IsSqlTypeName(string text) => SqlTypeName.IsMatch(text);

    public static bool IsOperatorClass(string text) => OperatorClass.IsMatch(text);

    /// <summary>Null when a name a user writes for the database is usable (any identifier, since every statement quotes it, within what quoting cannot lift), else why not.</summary>
    public static string? DatabaseNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        var bytes = IndexNames.ByteLength(name);
        if (bytes > IndexNames.MaxIdentifierLength)
        {
            return $"it is {bytes} bytes long in UTF-8; PostgreSQL truncates identifiers after {IndexNames.MaxIdentifierLength}";
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[name.Length - 1]))
        {
            return "it starts or ends with a blank, which no one sees in SQL or in a catalog listing";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];

            // FluentMigrator leaves a name that starts and ends with a double quote unquoted, as if it were quoted already.
            if (c == '"')
            {
                return "it contains a double quote (\")";
            }

            if (IsInvisible(name, i))
            {
                return $"it contains the invisible character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}; use visible characters";
            }
        }

        return null;
    }

    /// <summary>
    /// Control characters, line and paragraph separators (which end a C# comment line), format characters (zero-width
    /// and bidirectional controls, which make a name read as another) and lone surrogates (not text at all).
    /// </summary>
    public static bool IsInvisible(string name, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(name[index]);
        if (category == UnicodeCategory.Surrogate)
        {
            return char.IsHighSurrogate(name[index])
                ? index + 1 >= name.Length || !char.IsLowSurrogate(name[index + 1])
                : index == 0 || !char.IsHighSurrogate(name[index - 1]);
        }

        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Null when valid, else why not (a sentence fragment).</summary>
    public static string? SnakeCaseProblem(string name)
    {
        if (Problem(name, "PostgreSQL truncates identifiers after ") is { } problem)
        {
            return problem;
        }

        if (!IsLower(name[0]))
        {
            return char.IsDigit(name[0]) ? "it starts with a digit" : $"it must start with a lower-case letter, not '{Describe(name[0])}'";
        }

        foreach (var c in name)
        {
            if (!IsLower(c) && !IsDigit(c) && c != '_')
            {
                return $"it contains '{Describe(c)}'; use lower-case letters, digits and underscores (snake_case)";
            }
        }

        return null;
    }

    public static string? PascalCaseProblem(string name)
    {
        if (Problem(name, "the limit is ") is { } problem)
        {
            return problem;
        }

        if (!IsUpper(name[0]))
        {
            return char.IsDigit(name[0]) ? "it starts with a digit" : $"a model name must start with an upper-case letter, not '{Describe(name[0])}'";
        }

        foreach (var c in name)
        {
            if (!IsLower(c) && !IsUpper(c) && !IsDigit(c))
            {
                return $"it contains '{Describe(c)}'; use letters and digits (PascalCase)";
            }
        }

        return null;
    }

    /// <summary>The problems both shapes share; the limit is worded only when it is broken, since every name is checked.</summary>
    private static string? Problem(string name, string limit)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        return name.Length > MaxLength ? $"it is {name.Length} characters long; {limit}{MaxLength}" : null;
    }

    private static bool IsLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsSqlReserved(string name) => SqlReserved.Contains(name.ToLowerInvariant());

    private static string Describe(char c) => c switch
    {
        ' ' => "space",
        '\t' => "tab",
        _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
        _ => c.ToString(),
    };
}
