using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// An enum array on SQLite is JSON text without a CHECK (a CHECK cannot read the elements: that takes a subquery), so
/// a table rebuild that narrows what the column may hold checks the rows itself, as PostgreSQL's CHECK or enum type
/// does: a label that is gone, or a converted value that is no label, fails the migration.
/// </summary>
internal static class SqliteEnumArrays
{
    /// <summary>A condition true for a row whose converted value holds an element that is not a label, or null when none can.</summary>
    public static string? Invalid(ColumnShape from, ColumnShape to, string expression)
    {
        if (to.Type is not { Kind: FieldType.Enum, Array: true } || to.EnumValues.IsEmpty)
        {
            return null;
        }

        // An enum's values were kept to its labels already (a scalar's by its CHECK, an array's by the rebuild that made it).
        if (from.Type.Kind == FieldType.Enum && from.EnumValues.All(to.EnumValues.Contains))
        {
            return null;
        }

        var labels = string.Join(", ", to.EnumValues.Select(String));
        return $"{expression} IS NOT NULL AND EXISTS (SELECT 1 FROM json_each({expression}) WHERE \"value\" NOT IN ({labels}))";
    }
}
