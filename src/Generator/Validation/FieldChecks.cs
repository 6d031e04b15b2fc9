using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The rules one field of a schema file must keep (BIAB006–BIAB012, BIAB014), checked on the values the parser read
/// and reported at the YAML location each value came from.
/// </summary>
internal static class FieldChecks
{
    /// <summary>The field types each type-specific option belongs to.</summary>
    private static readonly Dictionary<string, FieldType[]> OptionTypes = new(StringComparer.Ordinal)
    {
        ["max_length"] = new[] { FieldType.String, FieldType.Char },
        ["precision"] = new[] { FieldType.Decimal, FieldType.DateTime, FieldType.DateTimeTz, FieldType.Timestamp, FieldType.Time },
        ["scale"] = new[] { FieldType.Decimal },
        ["values"] = new[] { FieldType.Enum },
        ["target"] = new[] { FieldType.Ref },
        ["on_delete"] = new[] { FieldType.Ref },
        ["sql_type"] = new[] { FieldType.Custom },
        ["clr_type"] = new[] { FieldType.Custom },
        ["fk_name"] = new[] { FieldType.Ref },
        ["on_update"] = new[] { FieldType.Ref },
        ["column_type"] = new[] { FieldType.Ref },
    };

    public static bool Name(string name, LocationInfo location, string? model, FileDiagnostics diagnostics)
    {
        if (IdentifierShapes.SnakeCaseProblem(name) is not { } problem)
        {
            return true;
        }

        diagnostics.Add(Descriptors.InvalidIdentifier, location, $"The field name '{Wording.Shorten(name)}'{(model is null ? string.Empty : " in model " + model)} is not a valid identifier: {problem}.");
        return false;
    }

    /// <summary>
    /// The column a field's name gives (a ref's is its name plus _id, which may break a rule the name alone keeps):
    /// snake_case and not reserved, so hand-written SQL needs no quotes; a written <c>column:</c> may be any name.
    /// </summary>
    public static bool Column(string column, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (IdentifierShapes.SnakeCaseProblem(column) is { } columnProblem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, location, $"The column '{column}' of {what} is not a valid identifier: {columnProblem}.");
            return false;
        }

        if (IdentifierShapes.IsSqlReserved(column))
        {
            diagnostics.Add(Descriptors.ReservedWord, location, $"The column '{column}' of {what} is an SQL reserved word; hand-written SQL would have to quote it everywhere. Choose another name, or write the column with 'column: {column}' to keep it.");
            return false;
        }

        return true;
    }

    public static void KeyType(FieldType type, LocationInfo typeLocation, string field, FileDiagnostics diagnostics)
    {
        if (!FieldTypes.CanBeKey(type))
        {
            diagnostics.Add(Descriptors.PrimaryKey, typeLocation, $"Field {field} is primary but has type {EnumNames.FieldTypes.Name(type)}; a key must be uuid, string, char, text, integer, bigint, smallint or a ref.");
        }
    }

    public static void OptionApplies(string option, FieldType type, LocationInfo keyLocation, Subject what, FileDiagnostics diagnostics)
    {
        var owners = OptionTypes[option];
        if (Array.IndexOf(owners, type) < 0)
        {
            diagnostics.Add(Descriptors.OptionNotForType, keyLocation, $"'{option}' applies only to {Wording.List(owners.Select(EnumNames.FieldTypes.Name))} fields; {what} is not one.");
        }
    }

    public static void PrecisionAndScale(int? precision, int? scale, LocationInfo scaleLocation, Subject what, FileDiagnostics diagnostics)
    {
        if (precision is { } p && scale is { } s && s > p)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, scaleLocation, $"The scale of {what} ({s}) is larger than its precision ({p}).");
        }
        else if (precision is null && scale is { } onlyScale && onlyScale > ColumnType.DefaultPrecision)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, scaleLocation, $"The scale of {what} ({onlyScale}) is larger than the default precision ({ColumnType.DefaultPrecision}); set 'precision'.");
        }
    }

    /// <summary>The target model's name, or null when it cannot be one.</summary>
    public static string? Target(string target, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (IdentifierShapes.PascalCaseProblem(target) is not { } problem)
        {
            return target;
        }

        diagnostics.Add(Descriptors.InvalidIdentifier, location, $"The target '{Wording.Shorten(target)}' of {what} is not a model name: {problem}.");
        return null;
    }

    /// <param name="option">on_delete or on_update.</param>
    public static void OnDelete(OnDelete onDelete, bool required, LocationInfo location, Subject what, FileDiagnostics diagnostics, string option = "on_delete")
    {
        if (onDelete == Model.OnDelete.SetNull && required)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, location, $"{what} is required, so {option} cannot be set_null; use cascade or restrict, or make it optional.");
        }
    }

    public static DefaultValue? Default(ColumnType type, string text, EquatableArray<string> enumValues, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        var value = DefaultValues.Parse(type, text, enumValues, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(Descriptors.InvalidDefault, location, $"The default '{Wording.Shorten(text)}' of {what} is not valid: {problem}.");
        }

        return value;
    }

    public static void NotRenamedFromItself(string? renamedFrom, string name, LocationInfo location, Subject what, FileDiagnostics diagnostics)
    {
        if (renamedFrom == name)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, location, $"{what.Capitalized()} is renamed from itself; remove 'renamed_from'.");
        }
    }
}
