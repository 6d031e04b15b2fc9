using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>A name the user writes for SQL (a table, an index, a former column): snake_case and not reserved.</summary>
internal static class SqlNames
{
    /// <summary>The name when it is valid, else null after reporting why.</summary>
    public static string? Check(string value, LocationInfo location, string kind, string what, FileDiagnostics diagnostics)
    {
        if (Identifiers.SnakeCaseProblem(value) is { } problem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, location, $"The {kind} '{Wording.Shorten(value)}' of {what} is not a valid SQL identifier: {problem}.");
            return null;
        }

        if (Identifiers.IsSqlReserved(value))
        {
            diagnostics.Add(Descriptors.ReservedWord, location, $"The {kind} '{value}' of {what} is an SQL reserved word; hand-written SQL would have to quote it everywhere. Choose another name.");
            return null;
        }

        return value;
    }
}
