using System;
using System.Collections.Generic;
using System.Text;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// Names that become both C# and SQL identifiers: field keys, and the table and column names derived from model and
/// field names, are lower-case snake_case so they never need quoting in hand-written SQL; model names are PascalCase
/// C# type names. Both are limited to PostgreSQL's 63-byte identifier length. Names written for the database alone
/// follow <see cref="DatabaseNames"/>.
/// </summary>
internal static class Identifiers
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

    /// <summary>
    /// Null when a table of this name is free, else whose it is: the runner keeps FluentMigrator's version table
    /// (SQLite compares table names ignoring case, so "VersionInfo" is "versioninfo") and its file hashes in the app's
    /// database, and SQLite refuses names starting with sqlite_.
    /// </summary>
    public static string? TableOwner(string table) => table switch
    {
        _ when string.Equals(table, Shared.RunnerTables.Versions, StringComparison.OrdinalIgnoreCase) => $"FluentMigrator's version table ({Shared.RunnerTables.Versions}), where the runner records applied migrations",
        _ when string.Equals(table, Shared.RunnerTables.Files, StringComparison.OrdinalIgnoreCase) => "the runner's record of each applied migration file",
        _ when table.StartsWith("sqlite_", StringComparison.Ordinal) => "SQLite's own tables (names starting with sqlite_)",
        _ => null,
    };

    /// <summary>snake_case → PascalCase: phone_number → PhoneNumber.</summary>
    public static string ToPascalCase(string snake)
    {
        var builder = new StringBuilder(snake.Length);
        var upper = true;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>PascalCase → snake_case: OrderLine → order_line.</summary>
    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The default table name: the snake_case model name with its last word made plural (Category → categories,
    /// OrderLine → order_lines, SiteSettings → site_settings, DocumentData → document_data; see <see cref="Plurals"/>).
    /// </summary>
    public static string DefaultTableName(string modelName)
    {
        var snake = ToSnakeCase(modelName);
        var lastWord = snake.LastIndexOf('_') + 1;
        return snake.Substring(0, lastWord) + Plurals.Of(snake.Substring(lastWord));
    }

    private static string Describe(char c) => c switch
    {
        ' ' => "space",
        '\t' => "tab",
        _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
        _ => c.ToString(),
    };
}
