using System.Globalization;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A database name the user writes (<c>table:</c>, <c>column:</c>, an index's <c>name:</c>, <c>fk_name:</c>, and the
/// names in migration files): any identifier, since every statement the generator writes quotes it, within the limits
/// that quoting cannot lift (BIAB040).
/// </summary>
internal static class DatabaseNames
{
    /// <summary>The name when it is valid, else null after reporting why.</summary>
    public static string? Check(string value, LocationInfo location, string kind, string what, FileDiagnostics diagnostics)
    {
        if (Problem(value) is not { } problem)
        {
            return value;
        }

        diagnostics.Add(Descriptors.InvalidDatabaseName, location, $"The {kind} '{Wording.Shorten(Visible(value))}' of {what} cannot be a database name: {problem}.");
        return null;
    }

    /// <summary>Null when the name is usable, else why not (a sentence fragment).</summary>
    public static string? Problem(string name)
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

            if (Invisible(name, i))
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
    private static bool Invisible(string name, int index)
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

    /// <summary>The name as a message can show it: invisible characters as their code points.</summary>
    private static string Visible(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            builder.Append(Invisible(name, i) ? "\\u" + ((int)name[i]).ToString("x4", CultureInfo.InvariantCulture) : name[i].ToString());
        }

        return builder.ToString();
    }
}
