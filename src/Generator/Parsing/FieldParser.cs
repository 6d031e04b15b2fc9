using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// The <c>fields:</c> mapping of a schema file → <see cref="FieldDraft"/>s: each value as written, read as the kind
/// its key takes, with the problems of shape and spelling; Validation checks the drafts and builds the fields.
/// </summary>
internal static class FieldParser
{
    private static readonly string[] FieldKeys =
    {
        "type", "required", "primary", "unique", "max_length", "precision", "scale", "default", "values", "target", "on_delete", "renamed_from", "description", "column", "property", "fk_name",
        "array", "sql_type", "clr_type", "on_update", "identity", "default_sql", "generate", "native", "auto_update",
        "column_type",
    };

    private static readonly string[] SqlTypeKeys = { "postgres", "sqlite" };

    /// <param name="model">The model's name as messages name it, null when it is not valid.</param>
    public static List<FieldDraft> ParseAll(YamlMapping fields, string? model, System.Threading.CancellationToken cancellationToken)
    {
        var result = new List<FieldDraft>();
        foreach (var entry in fields.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(Read(entry.Key, entry.Value, model));
        }

        return result;
    }

    /// <summary>One field; when it is not a mapping or has no known type, only its name and the problem.</summary>
    private static FieldDraft Read(YamlScalar key, YamlNode node, string? model)
    {
        var problems = new FileDiagnostics(DiagnosticSet.Schema);
        var draft = new FieldDraft(new LocatedValue(key.Value, key.Location), EquatableArray<DiagnosticInfo>.Empty);
        var what = $"field {Wording.Qualified(model, key.Value)}";
        if (node is not YamlMapping mapping)
        {
            problems.Add(Descriptors.SchemaShape, node.Location, $"Field {Wording.Qualified(model, key.Value)} must be a mapping such as {{ type: string }}, not {node.KindName}.");
            return draft with { ReadProblems = problems.ToArray() };
        }

        var reader = new MappingReader(mapping, what, problems, FieldKeys);
        if (reader.Scalar("type", required: true) is { } typeNode && Type(typeNode, what, problems) is { } type)
        {
            draft = draft with { Type = type, TypeLocation = typeNode.Location, Keys = WrittenKeys(reader), Column = Located(reader.Scalar("column")) };
            draft = TypeOptions(reader, Key(reader, draft), type, what, problems);
            draft = IdentityOption.Field(reader, ValueOptions(reader, type == FieldType.Ref ? Reference(reader, draft) : draft, what), what, problems);
            draft = Names(reader, draft, type);
        }

        return draft with { ReadProblems = problems.ToArray() };
    }

    /// <summary><c>primary:</c>, <c>required:</c> (not read for a key, which is required) and <c>unique:</c>.</summary>
    private static FieldDraft Key(MappingReader reader, FieldDraft draft)
    {
        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        return draft with { Primary = primary, Required = required, Unique = reader.Boolean("unique") ?? false };
    }

    /// <summary>The options of the column's type, each read only for the types it belongs to.</summary>
    private static FieldDraft TypeOptions(MappingReader reader, FieldDraft draft, FieldType type, string what, FileDiagnostics problems)
    {
        draft = draft with
        {
            // A ref reads it for its column_type string or char, checked there.
            MaxLength = type is FieldType.String or FieldType.Char or FieldType.Ref ? reader.Integer("max_length", 1, 10485760) : null,
            Precision = type == FieldType.Decimal ? reader.Integer("precision", 1, 1000) : FieldTypes.IsTemporal(type) ? reader.Integer("precision", 0, ColumnType.DefaultTimePrecision) : null,
            Scale = type == FieldType.Decimal ? reader.Integer("scale", 0, 1000) : null,
            ScaleLocation = reader.LocationOf("scale"),
            Array = reader.Boolean("array") ?? false,
        };
        if (type == FieldType.Custom)
        {
            draft = draft with { ClrType = Located(reader.Scalar("clr_type")), SqlType = SqlType(reader, what, problems) };
        }

        return type == FieldType.Enum ? draft with { Values = EnumValueReader.Read(reader, what, problems) } : draft;
    }

    private static FieldDraft Reference(MappingReader reader, FieldDraft draft) => draft with
    {
        Target = Located(reader.Scalar("target", required: true)),
        OnDelete = Located(reader.Scalar("on_delete")),
        OnUpdate = Located(reader.Scalar("on_update")),
        RefColumnType = Located(reader.Scalar("column_type")),
    };

    /// <summary>Where a new row's value comes from, and <c>auto_update:</c>.</summary>
    private static FieldDraft ValueOptions(MappingReader reader, FieldDraft draft, string what) => draft with
    {
        Default = DefaultLists.Text(reader) is { } list ? new LocatedValue(list, reader.LocationOf("default")) : Located(reader.Scalar("default")),
        Generate = Located(reader.Scalar("generate")),
        Native = Located(reader.Scalar("native")),
        AutoUpdate = reader.Boolean("auto_update") is true,
        DefaultSql = reader.Apart((apart, problems) => DefaultSqlReader.Read(apart, what, problems)),
    };

    /// <summary>The names the field gives the database and the C# class, and its description.</summary>
    private static FieldDraft Names(MappingReader reader, FieldDraft draft, FieldType type) => draft with
    {
        RenamedFrom = Located(reader.Scalar("renamed_from")),
        Property = Located(reader.Scalar("property")),
        ForeignKeyName = type == FieldType.Ref ? Located(reader.Scalar("fk_name")) : null,
        Description = reader.Apart((apart, _) => apart.String("description")),
    };

    private static FieldType? Type(YamlScalar typeNode, string what, FileDiagnostics problems)
    {
        if (EnumNames.FieldTypes.TryParse(typeNode.Value, out var type))
        {
            return type;
        }

        var suggestion = Suggestions.Closest(typeNode.Value, EnumNames.FieldTypes.Names);
        var hint = suggestion is null ? $" Known types: {string.Join(", ", EnumNames.FieldTypes.Names)}." : $" Did you mean '{suggestion}'?";
        problems.Add(Descriptors.UnknownType, typeNode.Location, $"{Wording.Capitalize(what)} has unknown type '{Wording.Shorten(typeNode.Value)}'.{hint}");
        return null;
    }

    private static SqlTypeDraft? SqlType(MappingReader reader, string what, FileDiagnostics problems)
    {
        if (reader.MappingOf("sql_type") is not { } mapping)
        {
            return null;
        }

        var types = new MappingReader(mapping, "sql_type of " + what, problems, SqlTypeKeys);
        return new SqlTypeDraft(types.String("postgres"), types.LocationOf("postgres"), types.String("sqlite"), types.LocationOf("sqlite"));
    }

    private static EquatableArray<LocatedValue> WrittenKeys(MappingReader reader)
    {
        var keys = new List<LocatedValue>();
        foreach (var entry in reader.Mapping.Entries)
        {
            if (reader.Has(entry.Key.Value))
            {
                keys.Add(new LocatedValue(entry.Key.Value, entry.Key.Location));
            }
        }

        return keys.ToEquatableArray();
    }

    private static LocatedValue? Located(YamlScalar? node) => node is null ? null : new LocatedValue(node.Value, node.Location);
}
