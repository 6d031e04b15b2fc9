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
    public static EquatableArray<FieldDraft> ParseAll(YamlMapping fields, string? model, System.Threading.CancellationToken cancellationToken)
    {
        var result = new FieldDraft[fields.Entries.Count];
        var problems = new FileDiagnostics(DiagnosticSet.Schema);
        for (var i = 0; i < result.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result[i] = Read(fields.Entries[i].Key, fields.Entries[i].Value, model, problems);
        }

        return new EquatableArray<FieldDraft>(result);
    }

    /// <summary>
    /// One field; when it is not a mapping or has no known type, only its name and the problems. Each group of options
    /// is read into locals and the draft is made once: a record copy per group would copy all its options each time.
    /// The groups are read in this order, which is the order their problems are reported in.
    /// </summary>
    /// <param name="problems">Empty; the field's problems are drained from it into its draft.</param>
    private static FieldDraft Read(YamlScalar key, YamlNode node, string? model, FileDiagnostics problems)
    {
        var name = new LocatedValue(key.Value, key.Location);
        var what = Subject.Field(model, key.Value);
        if (node is not YamlMapping mapping)
        {
            problems.Add(Descriptors.SchemaShape, node.Location, $"Field {Wording.Qualified(model, key.Value)} must be a mapping such as {{ type: string }}, not {node.KindName}.");
            return new FieldDraft(name, problems.Drain());
        }

        var reader = new MappingReader(mapping, what, problems, FieldKeys);
        if (reader.Scalar("type", required: true) is not { } typeNode || Type(typeNode, what, problems) is not { } type)
        {
            return new FieldDraft(name, problems.Drain());
        }

        var keys = WrittenKeys(reader);
        var column = Located(reader.Scalar("column"));
        var (primary, required, unique) = Key(reader);
        var sizes = TypeOptions(reader, type, what, problems);
        var reference = type == FieldType.Ref ? Reference(reader) : default;
        var sources = ValueOptions(reader);
        var (identity, serial) = IdentityOption.Field(reader, what, problems);
        var names = Names(reader, type);
        return new FieldDraft(name, problems.Drain())
        {
            Type = type,
            TypeLocation = typeNode.Location,
            Keys = keys,
            Column = column,
            Primary = primary,
            Required = required,
            Unique = unique,
            MaxLength = sizes.MaxLength,
            Precision = sizes.Precision,
            Scale = sizes.Scale,
            ScaleLocation = sizes.ScaleLocation,
            Array = sizes.Array,
            ClrType = sizes.ClrType,
            SqlType = sizes.SqlType,
            Values = sizes.Values,
            Target = reference.Target,
            OnDelete = reference.OnDelete,
            OnUpdate = reference.OnUpdate,
            RefColumnType = reference.ColumnType,
            Default = sources.Default,
            Generate = sources.Generate,
            Native = sources.Native,
            AutoUpdate = sources.AutoUpdate,
            DefaultSql = sources.DefaultSql,
            Identity = identity,
            Serial = serial,
            RenamedFrom = names.RenamedFrom,
            Property = names.Property,
            ForeignKeyName = names.ForeignKey,
            Description = names.Description,
        };
    }

    /// <summary><c>primary:</c>, <c>required:</c> (not read for a key, which is required) and <c>unique:</c>.</summary>
    private static (bool Primary, bool Required, bool Unique) Key(MappingReader reader)
    {
        var primary = reader.Boolean("primary") ?? false;
        var required = primary || (reader.Boolean("required") ?? false);
        return (primary, required, reader.Boolean("unique") ?? false);
    }

    /// <summary>The options of the column's type, each read only for the types it belongs to.</summary>
    private static (int? MaxLength, int? Precision, int? Scale, LocationInfo? ScaleLocation, bool Array, LocatedValue? ClrType, SqlTypeDraft? SqlType, EquatableArray<EnumValueDraft>? Values) TypeOptions(
        MappingReader reader, FieldType type, Subject what, FileDiagnostics problems)
    {
        // A ref reads it for its column_type string or char, checked there.
        var maxLength = type is FieldType.String or FieldType.Char or FieldType.Ref ? reader.Integer("max_length", 1, 10485760) : null;
        var precision = type == FieldType.Decimal ? reader.Integer("precision", 1, 1000) : FieldTypes.IsTemporal(type) ? reader.Integer("precision", 0, ColumnType.DefaultTimePrecision) : null;
        var scale = type == FieldType.Decimal ? reader.Integer("scale", 0, 1000) : null;
        var scaleLocation = scale is null ? null : reader.LocationOf("scale");
        var array = reader.Boolean("array") ?? false;
        var (clrType, sqlType) = type == FieldType.Custom ? (Located(reader.Scalar("clr_type")), SqlType(reader, what, problems)) : (null, null);
        var values = type == FieldType.Enum ? EnumValueReader.Read(reader, what, problems) : null;
        return (maxLength, precision, scale, scaleLocation, array, clrType, sqlType, values);
    }

    private static (LocatedValue? Target, LocatedValue? OnDelete, LocatedValue? OnUpdate, LocatedValue? ColumnType) Reference(MappingReader reader) =>
        (Located(reader.Scalar("target", required: true)), Located(reader.Scalar("on_delete")), Located(reader.Scalar("on_update")), Located(reader.Scalar("column_type")));

    /// <summary>Where a new row's value comes from, and <c>auto_update:</c>.</summary>
    private static (LocatedValue? Default, LocatedValue? Generate, LocatedValue? Native, bool AutoUpdate, ReadValue<DefaultValue> DefaultSql) ValueOptions(MappingReader reader) =>
        (DefaultLists.Text(reader) is { } list ? new LocatedValue(list, reader.LocationOf("default")) : Located(reader.Scalar("default")),
            Located(reader.Scalar("generate")),
            Located(reader.Scalar("native")),
            reader.Boolean("auto_update") is true,
            reader.Apart("default_sql", static (apart, problems) => DefaultSqlReader.Read(apart, apart.What, problems)));

    /// <summary>The names the field gives the database and the C# class, and its description.</summary>
    private static (LocatedValue? RenamedFrom, LocatedValue? Property, LocatedValue? ForeignKey, ReadValue<string> Description) Names(MappingReader reader, FieldType type) =>
        (Located(reader.Scalar("renamed_from")),
            Located(reader.Scalar("property")),
            type == FieldType.Ref ? Located(reader.Scalar("fk_name")) : null,
            reader.Apart("description", static (apart, _) => apart.String("description")));

    private static FieldType? Type(YamlScalar typeNode, Subject what, FileDiagnostics problems)
    {
        if (EnumNames.FieldTypes.TryParse(typeNode.Value, out var type))
        {
            return type;
        }

        var suggestion = Suggestions.Closest(typeNode.Value, EnumNames.FieldTypes.Names);
        var hint = suggestion is null ? $" Known types: {string.Join(", ", EnumNames.FieldTypes.Names)}." : $" Did you mean '{suggestion}'?";
        problems.Add(Descriptors.UnknownType, typeNode.Location, $"{Wording.Capitalize(what.ToString())} has unknown type '{Wording.Shorten(typeNode.Value)}'.{hint}");
        return null;
    }

    private static SqlTypeDraft? SqlType(MappingReader reader, Subject what, FileDiagnostics problems)
    {
        if (reader.MappingOf("sql_type") is not { } mapping)
        {
            return null;
        }

        var types = new MappingReader(mapping, "sql_type of " + what.ToString(), problems, SqlTypeKeys);
        return new SqlTypeDraft(types.String("postgres"), types.LocationOf("postgres"), types.String("sqlite"), types.LocationOf("sqlite"));
    }

    /// <summary>Counted first, so the keys go straight into an array of their number.</summary>
    private static EquatableArray<LocatedValue> WrittenKeys(MappingReader reader)
    {
        var entries = reader.Mapping.Entries;
        var count = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (MappingReader.IsWritten(entries[i].Value))
            {
                count++;
            }
        }

        var keys = new LocatedValue[count];
        count = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (MappingReader.IsWritten(entries[i].Value))
            {
                keys[count++] = new LocatedValue(entries[i].Key.Value, entries[i].Key.Location);
            }
        }

        return new EquatableArray<LocatedValue>(keys);
    }

    private static LocatedValue? Located(YamlScalar? node) => node is null ? null : new LocatedValue(node.Value, node.Location);
}
