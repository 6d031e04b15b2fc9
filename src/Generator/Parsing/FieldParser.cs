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
        "type", "required", "primary", "unique", "max_length", "precision", "scale", "default", "values", "target", "on_delete", "renamed_from", "description", "column", "property", "fk_name",
        "array", "sql_type", "clr_type", "on_update", "identity", "default_sql", "generate", "native", "auto_update",
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

        var column = Column(reader, key, type, what, diagnostics);
        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        var unique = reader.Boolean("unique") ?? false;
        if (primary)
        {
            FieldChecks.KeyType(type, typeNode.Location, FieldChecks.Qualified(model, name), diagnostics);
        }

        CheckOptionsApply(reader, type, what, diagnostics);
        int? maxLength = type is FieldType.String or FieldType.Char ? reader.Integer("max_length", 1, 10485760) : null;
        if (type == FieldType.Char)
        {
            TypeOptionChecks.CharLength(reader.Has("max_length"), typeNode.Location, what, diagnostics);
        }

        var (precision, scale) = type == FieldType.Decimal ? PrecisionAndScale(reader, what, diagnostics) : (FractionalDigits(reader, type), null);
        var array = TypeOptionReader.Array(reader, type, primary, what, diagnostics);
        var (custom, clrType) = TypeOptionReader.Custom(reader, type, typeNode.Location, what, diagnostics);
        var (values, members) = type == FieldType.Enum ? EnumValueReader.Read(reader, what, diagnostics) : (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
        var (target, onDelete) = type == FieldType.Ref ? Reference(reader, what, required, diagnostics) : (null, OnDelete.NoAction);
        var onUpdate = type == FieldType.Ref ? Action(reader, "on_update", what, required, diagnostics) : OnDelete.NoAction;
        var identity = Identity(reader, type, what, diagnostics);
        var defaultValue = Default(reader, new ColumnType(type, maxLength, precision, scale) { Array = array }, values, what, diagnostics);
        var generate = GenerateChecks.Generate(reader, type, array, maxLength, what, diagnostics);
        var native = NativeEnumChecks.Native(reader, type, what, diagnostics);
        var autoUpdate = AutoUpdateChecks.AutoUpdate(reader, type, array, what, diagnostics);
        GenerateChecks.DefaultSqlAlone(reader, what, diagnostics);
        defaultValue ??= DefaultSqlReader.Read(reader, what, diagnostics);
        var renamedFrom = RenamedFrom(reader, name, what, diagnostics);
        var property = reader.Scalar("property") is { } propertyNode ? FieldNames.PropertyName(propertyNode.Value, propertyNode.Location, what, diagnostics) : null;
        var foreignKey = type == FieldType.Ref && reader.Scalar("fk_name") is { } keyNode ? DatabaseNames.Check(keyNode.Value, keyNode.Location, "fk_name", what, diagnostics) : null;
        if (diagnostics.Count > errorsBefore || column is null)
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
            Property = property,
            ForeignKeyName = foreignKey,
            Array = array,
            Custom = custom,
            ClrType = clrType,
            OnUpdate = onUpdate,
            Identity = identity,
        };
    }

    /// <summary>The written <c>column:</c>, else the name the field gives; null when either is not valid (reported).</summary>
    private static string? Column(MappingReader reader, YamlScalar key, FieldType type, string what, FileDiagnostics diagnostics)
    {
        if (reader.Scalar("column") is { } written)
        {
            return FieldNames.Column(written.Value, written.Location, what, diagnostics);
        }

        var column = FieldNames.DefaultColumn(key.Value, type);
        if (type == FieldType.Ref)
        {
            FieldNames.RefNamedLikeColumn(key.Value, key.Location, what, diagnostics);
        }

        return FieldChecks.Column(column, key.Location, what, diagnostics) ? column : null;
    }

    /// <summary><c>identity:</c> is only for integer and bigint fields; whether the field is a single key is the model's check.</summary>
    private static bool Identity(MappingReader reader, FieldType type, string what, FileDiagnostics diagnostics)
    {
        var identity = reader.Boolean("identity");
        if (identity is not null && !FieldTypes.CanBeIdentity(type))
        {
            diagnostics.Add(Descriptors.InvalidIdentity, reader.KeyLocationOf("identity"), $"'identity' applies only to an integer or bigint primary key; {what} is {EnumNames.FieldTypes.Name(type)}.");
        }

        return identity ?? true;
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
        foreach (var option in new[] { "max_length", "precision", "scale", "values", "target", "on_delete", "on_update", "fk_name", "sql_type", "clr_type" })
        {
            if (reader.Has(option))
            {
                FieldChecks.OptionApplies(option, type, reader.KeyLocationOf(option), what, diagnostics);
            }
        }
    }

    /// <summary>A time type's <c>precision:</c>, its fractional-second digits; null when not given (the database's 6) or not a time type.</summary>
    private static int? FractionalDigits(MappingReader reader, FieldType type) =>
        FieldTypes.IsTemporal(type) ? reader.Integer("precision", 0, ColumnType.DefaultTimePrecision) : null;

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
        return (target, Action(reader, "on_delete", what, required, diagnostics));
    }

    /// <summary>on_delete or on_update: one of the referential actions.</summary>
    private static OnDelete Action(MappingReader reader, string option, string what, bool required, FileDiagnostics diagnostics)
    {
        var node = reader.Scalar(option);
        if (node is null)
        {
            return OnDelete.NoAction;
        }

        if (!EnumNames.OnDelete.TryParse(node.Value, out var action))
        {
            var suggestion = Suggestions.Closest(node.Value, EnumNames.OnDelete.Names);
            diagnostics.Add(Descriptors.SchemaBadValue, node.Location, $"{option} of {what} must be one of {string.Join(", ", EnumNames.OnDelete.Names)}, not '{Wording.Shorten(node.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
        }
        else
        {
            FieldChecks.OnDelete(action, required, node.Location, what, diagnostics, option);
        }

        return action;
    }

    private static DefaultValue? Default(MappingReader reader, ColumnType type, EquatableArray<string> values, string what, FileDiagnostics diagnostics)
    {
        if (TypeOptionReader.DefaultText(reader) is { } list)
        {
            return FieldChecks.Default(type, list, values, reader.LocationOf("default"), what, diagnostics);
        }

        return reader.Scalar("default") is { } node ? FieldChecks.Default(type, node.Value, values, node.Location, what, diagnostics) : null;
    }

    private static string? RenamedFrom(MappingReader reader, string name, string what, FileDiagnostics diagnostics)
    {
        var renamedNode = reader.Scalar("renamed_from");
        if (renamedNode is null)
        {
            return null;
        }

        var renamedFrom = DatabaseNames.Check(renamedNode.Value, renamedNode.Location, "renamed_from name", what, diagnostics);
        FieldChecks.NotRenamedFromItself(renamedFrom, name, renamedNode.Location, what, diagnostics);
        return renamedFrom;
    }
}
