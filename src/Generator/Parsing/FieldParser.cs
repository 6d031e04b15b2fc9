using System;
using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>fields:</c> mapping of a schema file → <see cref="FieldModel"/>s, each checked on its own and against its siblings.</summary>
internal static class FieldParser
{
    private static readonly string[] FieldKeys =
    {
        "type", "required", "primary", "unique", "max_length", "precision", "scale", "default", "values", "target", "on_delete", "renamed_from", "description",
    };

    /// <summary>C# member names the generated class itself uses.</summary>
    private static readonly string[] ReservedMembers = { "TableName", "Columns" };

    public const int DefaultPrecision = 18;
    public const int DefaultScale = 2;

    public static List<FieldModel> ParseAll(YamlMapping fields, string? model, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var result = new List<FieldModel>();
        var columns = new Dictionary<string, FieldModel>(StringComparer.OrdinalIgnoreCase);
        var properties = new Dictionary<string, FieldModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in fields.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var field = Parse(entry.Key, entry.Value, model, diagnostics);
            if (field is null)
            {
                continue;
            }

            var property = Identifiers.ToPascalCase(field.Name) + (field.Type == FieldType.Ref ? "Id" : string.Empty);
            if (columns.TryGetValue(field.Column, out var clash) || properties.TryGetValue(property, out clash))
            {
                diagnostics.Add(Descriptors.DuplicateField, entry.Key.Location, $"Field {Qualified(model, field.Name)} collides with field {Qualified(model, clash.Name)}: both would be column '{field.Column}' or property '{property}'.");
                continue;
            }

            if ((model is not null && property == model) || Array.IndexOf(ReservedMembers, property) >= 0)
            {
                diagnostics.Add(Descriptors.ReservedWord, entry.Key.Location, $"Field {Qualified(model, field.Name)} would become the C# member '{property}', which the generated class {model ?? "of the model"} already uses; rename the field.");
                continue;
            }

            columns[field.Column] = field;
            properties[property] = field;
            result.Add(field);
        }

        return result;
    }

    /// <summary>One field, or null when any of its parts is wrong (each wrong part is reported).</summary>
    private static FieldModel? Parse(YamlScalar key, YamlNode node, string? model, FileDiagnostics diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        var name = key.Value;
        if (!IsValidName(key, model, diagnostics))
        {
            return null;
        }

        var what = $"field {Qualified(model, name)}";
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(Descriptors.SchemaShape, node.Location, $"Field {Qualified(model, name)} must be a mapping such as {{ type: string }}, not {node.KindName}.");
            return null;
        }

        var reader = new MappingReader(mapping, what, diagnostics, FieldKeys);
        var typeNode = reader.Scalar("type", required: true);
        if (typeNode is null || Type(typeNode, model, name, diagnostics) is not { } type)
        {
            return null;
        }

        var column = type == FieldType.Ref ? name + "_id" : name;
        CheckColumn(key, column, what, diagnostics);
        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        var unique = reader.Boolean("unique") ?? false;
        if (primary && !FieldTypes.CanBeKey(type))
        {
            diagnostics.Add(Descriptors.PrimaryKey, typeNode.Location, $"Field {Qualified(model, name)} is primary but has type {typeNode.Value}; a key must be uuid, string, integer or bigint.");
        }

        CheckOptionsApply(reader, type, what, diagnostics);
        int? maxLength = type == FieldType.String ? reader.Integer("max_length", 1, 10485760) : null;
        var (precision, scale) = type == FieldType.Decimal ? PrecisionAndScale(reader, what, diagnostics) : (null, null);
        var values = type == FieldType.Enum ? EnumValues(reader, what, diagnostics) : EquatableArray<string>.Empty;
        var (target, onDelete) = type == FieldType.Ref ? Reference(reader, what, required, diagnostics) : (null, OnDelete.NoAction);
        var defaultValue = Default(reader, new ColumnType(type, maxLength, precision, scale), values, what, diagnostics);
        var renamedFrom = RenamedFrom(reader, name, what, diagnostics);
        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        return new FieldModel(
            name,
            column,
            type,
            required,
            primary,
            unique && !primary,
            maxLength,
            precision,
            scale,
            defaultValue,
            values,
            target,
            onDelete,
            renamedFrom,
            reader.String("description"),
            key.Location);
    }

    private static bool IsValidName(YamlScalar key, string? model, FileDiagnostics diagnostics)
    {
        if (Identifiers.SnakeCaseProblem(key.Value) is not { } problem)
        {
            return true;
        }

        diagnostics.Add(Descriptors.InvalidIdentifier, key.Location, $"The field name '{Wording.Shorten(key.Value)}'{(model is null ? string.Empty : " in model " + model)} is not a valid identifier: {problem}.");
        return false;
    }

    private static FieldType? Type(YamlScalar typeNode, string? model, string name, FileDiagnostics diagnostics)
    {
        if (EnumNames.FieldTypes.TryParse(typeNode.Value, out var type))
        {
            return type;
        }

        var suggestion = Suggestions.Closest(typeNode.Value, EnumNames.FieldTypes.Names);
        var hint = suggestion is null ? $" Known types: {string.Join(", ", EnumNames.FieldTypes.Names)}." : $" Did you mean '{suggestion}'?";
        diagnostics.Add(Descriptors.UnknownType, typeNode.Location, $"Field {Qualified(model, name)} has unknown type '{Wording.Shorten(typeNode.Value)}'.{hint}");
        return null;
    }

    /// <summary>A ref field's column is its name plus _id, which may break a rule the name alone keeps.</summary>
    private static void CheckColumn(YamlScalar key, string column, string what, FileDiagnostics diagnostics)
    {
        if (Identifiers.SnakeCaseProblem(column) is { } columnProblem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, key.Location, $"The column '{column}' of {what} is not a valid identifier: {columnProblem}.");
        }
        else if (Identifiers.IsSqlReserved(column))
        {
            diagnostics.Add(Descriptors.ReservedWord, key.Location, $"The column '{column}' of {what} is an SQL reserved word; hand-written SQL would have to quote it everywhere. Choose another name.");
        }
    }

    private static void CheckOptionsApply(MappingReader reader, FieldType type, string what, FileDiagnostics diagnostics)
    {
        OnlyFor(reader, "max_length", type == FieldType.String, "string", what, diagnostics);
        OnlyFor(reader, "precision", type == FieldType.Decimal, "decimal", what, diagnostics);
        OnlyFor(reader, "scale", type == FieldType.Decimal, "decimal", what, diagnostics);
        OnlyFor(reader, "values", type == FieldType.Enum, "enum", what, diagnostics);
        OnlyFor(reader, "target", type == FieldType.Ref, "ref", what, diagnostics);
        OnlyFor(reader, "on_delete", type == FieldType.Ref, "ref", what, diagnostics);
    }

    /// <summary>Neither given: the defaults (18, 2); only one given: the other defaults to 18 or 0.</summary>
    private static (int? Precision, int? Scale) PrecisionAndScale(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        var precision = reader.Integer("precision", 1, 1000);
        var scale = reader.Integer("scale", 0, 1000);
        if (precision is { } p && scale is { } s && s > p)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, reader.LocationOf("scale"), $"The scale of {what} ({s}) is larger than its precision ({p}).");
        }
        else if (precision is null && scale is { } onlyScale && onlyScale > DefaultPrecision)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, reader.LocationOf("scale"), $"The scale of {what} ({onlyScale}) is larger than the default precision ({DefaultPrecision}); set 'precision'.");
        }

        if (!reader.Has("precision") && !reader.Has("scale"))
        {
            return (DefaultPrecision, DefaultScale);
        }

        return (precision ?? DefaultPrecision, scale ?? 0);
    }

    private static (string? Target, OnDelete OnDelete) Reference(MappingReader reader, string what, bool required, FileDiagnostics diagnostics)
    {
        string? target = null;
        var targetNode = reader.Scalar("target", required: true);
        if (targetNode is not null)
        {
            if (Identifiers.PascalCaseProblem(targetNode.Value) is { } targetProblem)
            {
                diagnostics.Add(Descriptors.InvalidIdentifier, targetNode.Location, $"The target '{Wording.Shorten(targetNode.Value)}' of {what} is not a model name: {targetProblem}.");
            }
            else
            {
                target = targetNode.Value;
            }
        }

        var onDeleteNode = reader.Scalar("on_delete");
        if (onDeleteNode is null)
        {
            return (target, OnDelete.NoAction);
        }

        if (!EnumNames.OnDelete.TryParse(onDeleteNode.Value, out var onDelete))
        {
            var suggestion = Suggestions.Closest(onDeleteNode.Value, EnumNames.OnDelete.Names);
            diagnostics.Add(Descriptors.SchemaBadValue, onDeleteNode.Location, $"on_delete of {what} must be one of {string.Join(", ", EnumNames.OnDelete.Names)}, not '{Wording.Shorten(onDeleteNode.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
        }
        else if (onDelete == OnDelete.SetNull && required)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, onDeleteNode.Location, $"{what} is required, so on_delete cannot be set_null; use cascade or restrict, or make it optional.");
        }

        return (target, onDelete);
    }

    private static DefaultValue? Default(MappingReader reader, ColumnType type, EquatableArray<string> values, string what, FileDiagnostics diagnostics)
    {
        var defaultNode = reader.Scalar("default");
        if (defaultNode is null)
        {
            return null;
        }

        var defaultValue = DefaultValues.Parse(type, defaultNode.Value, values, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(Descriptors.InvalidDefault, defaultNode.Location, $"The default '{Wording.Shorten(defaultNode.Value)}' of {what} is not valid: {problem}.");
        }

        return defaultValue;
    }

    private static string? RenamedFrom(MappingReader reader, string name, string what, FileDiagnostics diagnostics)
    {
        var renamedNode = reader.Scalar("renamed_from");
        if (renamedNode is null)
        {
            return null;
        }

        var renamedFrom = SchemaFileParser.CheckSqlName(renamedNode, "renamed_from name", what, diagnostics);
        if (renamedFrom == name)
        {
            diagnostics.Add(Descriptors.SchemaBadValue, renamedNode.Location, $"{Wording.Capitalize(what)} is renamed from itself; remove 'renamed_from'.");
        }

        return renamedFrom;
    }

    /// <summary>Model.field, or only the field while the model has no valid name.</summary>
    private static string Qualified(string? model, string field) => model is null ? field : model + "." + field;

    private static void OnlyFor(MappingReader reader, string option, bool applies, string typeName, string what, FileDiagnostics diagnostics)
    {
        if (!applies && reader.Has(option))
        {
            diagnostics.Add(Descriptors.OptionNotForType, reader.KeyLocationOf(option), $"'{option}' applies only to {typeName} fields; {what} is not one.");
        }
    }

    private static EquatableArray<string> EnumValues(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        var items = reader.ScalarList("values");
        if (items is null || items.Count == 0)
        {
            if (items is not null || !reader.Has("values"))
            {
                diagnostics.Add(Descriptors.InvalidEnum, reader.Mapping.Location, $"Enum {what} needs 'values', a list such as [draft, active].");
            }

            return EquatableArray<string>.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<string>();
        foreach (var item in items)
        {
            if (Identifiers.SnakeCaseProblem(item.Value) is { } problem)
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.Location, $"The value '{Wording.Shorten(item.Value)}' of enum {what} is not valid: {problem}.");
                continue;
            }

            if (!seen.Add(item.Value) || !members.Add(Identifiers.ToPascalCase(item.Value)))
            {
                diagnostics.Add(Descriptors.InvalidEnum, item.Location, $"The value '{item.Value}' of enum {what} appears twice (or becomes the same C# enum member as another value).");
                continue;
            }

            values.Add(item.Value);
        }

        return values.ToEquatableArray();
    }
}
