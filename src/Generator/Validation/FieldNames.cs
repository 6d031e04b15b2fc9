using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The names a field gives: its column (<c>column:</c>, else the field name, <c>name_id</c> for a ref), its C# property
/// (<c>property:</c>, else the field name in PascalCase, plus <c>Id</c> for a ref) and a ref's foreign key.
/// </summary>
internal static class FieldNames
{
    /// <summary>The field of that name, else null: a loop, as <c>List.Find</c> would take a new closure for each name looked up.</summary>
    public static FieldModel? Named(List<FieldModel> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    public static string DefaultColumn(string name, FieldType type) => type == FieldType.Ref ? name + "_id" : name;

    public static string DefaultProperty(string name, FieldType type) =>
        Identifiers.ToPascalCase(name) + (type == FieldType.Ref ? "Id" : string.Empty);

    /// <summary>The <c>column:</c> value when it can be a column name, else null after reporting why.</summary>
    public static string? Column(string value, LocationInfo location, Subject what, FileDiagnostics diagnostics) =>
        DatabaseNames.Check(value, location, "column", what, diagnostics);

    /// <summary>The <c>property:</c> value when it is a C# identifier a generated class can take, else null after reporting why (BIAB042).</summary>
    public static string? PropertyName(string value, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        var problem = value.Length == 0 || !IsAsciiLetter(value[0])
            ? "it must start with a letter"
            : value.Length > IdentifierShapes.MaxLength
                ? $"it is {value.Length} characters long; the limit is {IdentifierShapes.MaxLength}"
                : FirstOutsideRule(value) is { } c ? $"it contains '{c}'; use letters, digits and underscores" : null;
        if (problem is null)
        {
            return value;
        }

        diagnostics.Add(Descriptors.InvalidPropertyName, location, $"The property '{Wording.Shorten(value)}' of {what} is not a C# property name: {problem}.");
        return null;
    }

    /// <summary>
    /// A ref's column is its name plus <c>_id</c>, so a ref named <c>customer_id</c> would silently become column
    /// <c>customer_id_id</c> (BIAB041); a written <c>column:</c> says that is meant.
    /// </summary>
    public static void RefNamedLikeColumn(string name, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (!name.EndsWith("_id", System.StringComparison.Ordinal) || name.Length <= 3)
        {
            return;
        }

        var stem = name.Substring(0, name.Length - 3);
        diagnostics.Add(
            Descriptors.RefNamedLikeColumn,
            location,
            $"Reference {what} is named like a column: its column would be '{name}_id' and its property {Identifiers.ToPascalCase(name)}Id. Name the field '{stem}' (column {name}, property {Identifiers.ToPascalCase(stem)}Id), or write 'column:' with the column it should have ('column: {name}_id' keeps the column an existing database has).");
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static char? FirstOutsideRule(string value)
    {
        foreach (var c in value)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_')
            {
                return c;
            }
        }

        return null;
    }
}
