using System.Text.RegularExpressions;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The rules of the type options beyond "does it apply to this type" (BIAB009): char's length (BIAB045),
/// <c>array:</c> (BIAB046) and custom's <c>sql_type:</c> / <c>clr_type:</c> (BIAB047).
/// </summary>
internal static class TypeOptionChecks
{
    /// <summary>A C# type as written in a property declaration: a dotted name, optionally with global:: and array brackets.</summary>
    private static readonly Regex ClrTypeName = new(@"^(global::)?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(\[\])*$", RegexOptions.CultureInvariant);

    public static void CharLength(bool hasMaxLength, LocationInfo typeLocation, Subject what, FileDiagnostics diagnostics)
    {
        if (!hasMaxLength)
        {
            diagnostics.Add(Descriptors.CharWithoutLength, typeLocation, $"{what.Capitalized()} is a char field without 'max_length': character(n) needs its length, e.g. {{ type: char, max_length: 5 }} (use string or text for text of any length).");
        }
    }

    public static void Array(FieldType type, bool primary, LocationInfo arrayLocation, Subject what, FileDiagnostics diagnostics)
    {
        if (!FieldTypes.CanBeArray(type))
        {
            diagnostics.Add(Descriptors.InvalidArray, arrayLocation, $"'array' does not apply to {what}: a {EnumNames.FieldTypes.Name(type)} field has no array form (arrays are of uuid, string, char, text, the numbers, boolean, date, the time types and enum).");
        }
        else if (primary)
        {
            diagnostics.Add(Descriptors.InvalidArray, arrayLocation, $"{what.Capitalized()} is primary, so it cannot be an array; a key is one value.");
        }
    }

    /// <summary>A custom field's column type in each dialect and its C# type (null when not given: the type that reads it).</summary>
    public static (CustomSqlType? Custom, string? ClrType) Custom(FieldDraft draft, Subject what, FileDiagnostics diagnostics)
    {
        var clrType = draft.ClrType is { } clrNode ? ClrType(clrNode.Value, clrNode.Location, what, diagnostics) : null;
        if (!draft.Has("sql_type"))
        {
            diagnostics.Add(Descriptors.InvalidCustomType, draft.TypeLocation!, $"{what.Capitalized()} is custom without 'sql_type': name its column type in each dialect, e.g. sql_type: {{ postgres: tsvector, sqlite: TEXT }}.");
        }

        if (draft.SqlType is not { } written)
        {
            return (null, clrType);
        }

        var postgres = SqlType(written.Postgres, "postgres", written.PostgresLocation, what, diagnostics);
        var sqlite = SqlType(written.Sqlite, "sqlite", written.SqliteLocation, what, diagnostics);
        return (postgres is null || sqlite is null ? null : new CustomSqlType(postgres, sqlite), clrType);
    }

    /// <summary>The type text, or null (reported) when it is not one type name.</summary>
    private static string? SqlType(string? text, string dialect, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (text is null)
        {
            diagnostics.Add(Descriptors.InvalidCustomType, location, $"'sql_type' of {what} has no '{dialect}' type; name the column type for both postgres and sqlite.");
            return null;
        }

        if (!IdentifierShapes.IsSqlTypeName(text))
        {
            diagnostics.Add(Descriptors.InvalidCustomType, location, $"The {dialect} sql_type '{Wording.Shorten(text)}' of {what} is not a type name (letters, digits, underscores, a schema prefix, modifiers in parentheses, []); it is written into the DDL as it stands.");
            return null;
        }

        return text;
    }

    private static string? ClrType(string text, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (!ClrTypeName.IsMatch(text))
        {
            diagnostics.Add(Descriptors.InvalidCustomType, location, $"The clr_type '{Wording.Shorten(text)}' of {what} is not a C# type name such as string or NpgsqlTypes.NpgsqlTsVector.");
            return null;
        }

        return text;
    }
}
