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
    public static string? Check(string value, LocationInfo location, string kind, Subject what, FileDiagnostics diagnostics)
    {
        if (IdentifierShapes.DatabaseNameProblem(value) is not { } problem)
        {
            return value;
        }

        diagnostics.Add(Descriptors.InvalidDatabaseName, location, $"The {kind} '{Wording.Shorten(Visible(value))}' of {what} cannot be a database name: {problem}.");
        return null;
    }

    /// <summary>The name as a message can show it: invisible characters as their code points.</summary>
    private static string Visible(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            builder.Append(IdentifierShapes.IsInvisible(name, i) ? "\\u" + ((int)name[i]).ToString("x4", CultureInfo.InvariantCulture) : name[i].ToString());
        }

        return builder.ToString();
    }
}
