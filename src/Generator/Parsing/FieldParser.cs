using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Parsing;

/// <summary>The <c>fields:</c> mapping of a schema file → <see cref="FieldModel"/>s; Validation's <see cref="FieldChecks"/> and <see cref="FieldSiblings"/> check what it reads.</summary>
internal static class FieldParser
{
    private static readonly string[] FieldKeys =
    {
        "type", "required", "primary", "unique", "max_length", "precision", "scale", "default", "values", "target", "on_delete", "renamed_from", "description",
        "default_sql", "generate", "native", "auto_update",
    };

    public static List<FieldModel> ParseAll(YamlMapping fields, string? model, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var result = new List<FieldModel>();
        var siblings = new FieldSiblings(model);
        foreach (var entry in fields.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Parse(entry.Key, entry.Value, model, diagnostics) is { } field && siblings.Accepts(field, diagnostics))
            {
                result.Add(field);
            }
        }

        return result;
    }

    /// <summary>One field, or null when any of its parts is wrong (each wrong part is reported).</summary>
    private static FieldModel? Parse(YamlScalar key, YamlNode node, string? model, FileDiagnostics diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        var name = key.Value;
        if (!FieldChecks.Name(key.Value, key.Location, model, diagnostics))
        {
            return null;
        }

        var what = $"field {FieldChecks.Qualified(model, name)}";
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(Descriptors.SchemaShape, node.Location, $"Field {FieldChecks.Qualified(model, name)} must be a mapping such as {{ type: string }}, not {node.KindName}.");
            return null;
        }

        var reader = new MappingReader(mapping, what, diagnostics, FieldKeys);
        var typeNode = reader.Scalar("type", required: true);
        if (typeNode is null || Type(typeNode, model, name, diagnostics) is not { } type)
        {
            return null;
        }

        var column = type == FieldType.Ref ? name + "_id" : name;
        FieldChecks.Column(column, key.Location, what, diagnostics);
        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        var unique = reader.Boolean("unique") ?? false;
        if (primary)
        {
            FieldChecks.KeyType(type, typeNode.Location, FieldChecks.Qualified(model, name), diagnostics);
        }

        CheckOptionsApply(reader, type, what, diagnostics);
        int? maxLength = type == FieldType.String ? reader.Integer("max_length", 1, 10485760) : null;
        var (precision, scale) = type == FieldType.Decimal ? PrecisionAndScale(reader, what, diagnostics) : (null, null);
        var (values, members) = type == FieldType.Enum ? EnumValueReader.Read(reader, what, diagnostics) : (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
        var (target, onDelete) = type == FieldType.Ref ? Reference(reader, what, required, diagnostics) : (null, OnDelete.NoAction);
        var defaultValue = Default(reader, new ColumnType(type, maxLength, precision, scale), values, what, diagnostics);
        var generate = GenerateChecks.Generate(reader, type, maxLength, what, diagnostics);
        var native = NativeEnumChecks.Native(reader, type, what, diagnostics);
        var autoUpdate = AutoUpdateChecks.AutoUpdate(reader, type, what, diagnostics);
        GenerateChecks.DefaultSqlAlone(reader, what, diagnostics);
        defaultValue ??= DefaultSqlReader.Read(reader, what, diagnostics);
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
            key.Location)
        {
            EnumMembers = members,
            Generate = generate,
            NativeEnum = native,
            AutoUpdate = autoUpdate,
        };
    }

    private static FieldType? Type(YamlScalar typeNode, string? model, string name, FileDiagnostics diagnostics)
    {
        if (EnumNames.FieldTypes.TryParse(typeNode.Value, out var type))
        {
            return type;
        }

        var suggestion = Suggestions.Closest(typeNode.Value, EnumNames.FieldTypes.Names);
        var hint = suggestion is null ? $" Known types: {string.Join(", ", EnumNames.FieldTypes.Names)}." : $" Did you mean '{suggestion}'?";
        diagnostics.Add(Descriptors.UnknownType, typeNode.Location, $"Field {FieldChecks.Qualified(model, name)} has unknown type '{Wording.Shorten(typeNode.Value)}'.{hint}");
        return null;
    }

    private static void CheckOptionsApply(MappingReader reader, FieldType type, string what, FileDiagnostics diagnostics)
    {
        foreach (var option in new[] { "max_length", "precision", "scale", "values", "target", "on_delete" })
        {
            if (reader.Has(option))
            {
                FieldChecks.OptionApplies(option, type, reader.KeyLocationOf(option), what, diagnostics);
            }
        }
    }

    /// <summary>Neither given: the defaults (18, 2); only one given: the other defaults to 18 or 0.</summary>
    private static (int? Precision, int? Scale) PrecisionAndScale(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        var precision = reader.Integer("precision", 1, 1000);
        var scale = reader.Integer("scale", 0, 1000);
        FieldChecks.PrecisionAndScale(precision, scale, reader.LocationOf("scale"), what, diagnostics);
        if (!reader.Has("precision") && !reader.Has("scale"))
        {
            return (ColumnType.DefaultPrecision, ColumnType.DefaultScale);
        }

        return (precision ?? ColumnType.DefaultPrecision, scale ?? 0);
    }

    private static (string? Target, OnDelete OnDelete) Reference(MappingReader reader, string what, bool required, FileDiagnostics diagnostics)
    {
        var targetNode = reader.Scalar("target", required: true);
        var target = targetNode is null ? null : FieldChecks.Target(targetNode.Value, targetNode.Location, what, diagnostics);
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
        else
        {
            FieldChecks.OnDelete(onDelete, required, onDeleteNode.Location, what, diagnostics);
        }

        return (target, onDelete);
    }

    private static DefaultValue? Default(MappingReader reader, ColumnType type, EquatableArray<string> values, string what, FileDiagnostics diagnostics) =>
        reader.Scalar("default") is { } node ? FieldChecks.Default(type, node.Value, values, node.Location, what, diagnostics) : null;

    private static string? RenamedFrom(MappingReader reader, string name, string what, FileDiagnostics diagnostics)
    {
        var renamedNode = reader.Scalar("renamed_from");
        if (renamedNode is null)
        {
            return null;
        }

        var renamedFrom = SqlNames.Check(renamedNode.Value, renamedNode.Location, "renamed_from name", what, diagnostics);
        FieldChecks.NotRenamedFromItself(renamedFrom, name, renamedNode.Location, what, diagnostics);
        return renamedFrom;
    }
}
