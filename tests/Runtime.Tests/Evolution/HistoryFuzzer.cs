using System.Collections.Immutable;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>Random histories: 3–6 models referring to each other (some with composite keys, refs in them, update actions, their own column types, keys without identity or numbered by a sequence), then steps drawn from every kind of edit that fits.</summary>
internal sealed class HistoryFuzzer(int seed)
{
    private static readonly string?[] RefColumnTypes = ["smallint", "bigint", null];

    private static readonly string[] OnDeletes = ["cascade", "set_null", "no_action", "restrict"];
    private static readonly string[] OnUpdates = ["cascade", "no_action", "restrict"];
    private readonly Random _random = new(seed);
    private int _names;

    public EvolutionHistory Next(int steps)
    {
        var models = ImmutableList<ModelSpec>.Empty;
        var count = _random.Next(3, 7);
        for (var i = 0; i < count; i++)
        {
            models = models.Add(NewModel(models));
        }

        var schema = new EvolutionSchema(models);
        var chosen = ImmutableList<EvolutionStep>.Empty;
        for (var attempts = 0; chosen.Count < steps && attempts < steps * 50; attempts++)
        {
            var step = Step(schema);
            if (step?.Apply(schema.WithoutRenameMarkers()) is var (next, _))
            {
                schema = next;
                chosen = chosen.Add(step);
            }
        }

        return new EvolutionHistory(models, chosen);
    }

    private EvolutionStep? Step(EvolutionSchema schema)
    {
        var model = Pick(schema.Models);
        var field = model.Fields.IsEmpty ? null : Pick(model.Fields);
        switch (_random.Next(19))
        {
            case 15:
                return model.Fields.Where(f => f.IsRef).ToList() is not { Count: > 0 } refs ? null
                    : _random.Next(2) == 0 ? new ChangeRefActions(model.Name, Pick(refs).Name, OnDeletes[_random.Next(OnDeletes.Length)], OnUpdates[_random.Next(OnUpdates.Length)])
                    : new ChangeRefColumnType(model.Name, Pick(refs).Name, RefColumnTypes[_random.Next(RefColumnTypes.Length)]);
            case 16:
                return _random.Next(2) == 0 ? new ToggleIdentity(model.Name) : new ToggleSerial(model.Name);
            case 17:
                return KeyChange(schema);
            case 0:
            case 1:
                return new AddField(model.Name, NewField(schema.Models, model.Name, existingTable: true));
            case 2:
                return field is null ? null : new DropField(model.Name, field.Name);
            case 3:
                return field is null ? null : new RenameField(model.Name, field.Name, Name("r"));
            case 4:
                return field switch
                {
                    { Type: "integer" } => _random.Next(2) == 0 ? new ChangeType(model.Name, field.Name, "bigint", null) : new ChangeType(model.Name, field.Name, "string", 40),
                    { Type: "string" } => _random.Next(2) == 0 ? new ChangeType(model.Name, field.Name, "text", null) : new ChangeType(model.Name, field.Name, "string", field.MaxLength + 30),
                    { Type: "smallint" } => new ChangeType(model.Name, field.Name, "integer", null),
                    { Type: "real" } => new ChangeType(model.Name, field.Name, "float", null),
                    { Type: "char" } => new ChangeType(model.Name, field.Name, "string", 20 + _random.Next(3) * 10),
                    { Type: "timestamp", Precision: 3 } => new ChangeType(model.Name, field.Name, "timestamp", null),
                    { Type: "time", Precision: 0 } => new ChangeType(model.Name, field.Name, "time", null),
                    { Type: "custom" } => new ChangeType(model.Name, field.Name, "text", null),
                    _ => null,
                };
            case 5:
                return field is null ? null : new MakeRequired(model.Name, field.Name, RowValues.IsNumber(field) ? "7" : "dflt");
            case 6:
                return field is null ? null : NewIndex(model, field);
            case 7:
                return model.Indexes.IsEmpty ? null : new DropIndex(model.Name, Pick(model.Indexes).Key);
            case 8:
                return field is null ? null : new MakeUnique(model.Name, field.Name);
            case 9:
                return field is { Type: "enum" } ? new AddEnumValue(model.Name, field.Name, Name("e")) : null;
            case 10:
                return field is { Type: "enum" } ? (_random.Next(2) == 0 ? new RemoveEnumValue(model.Name, field.Name) : new ToggleNative(model.Name, field.Name)) : null;
            case 11:
                return schema.Models.Count < 7 ? new AddModel(NewModel(schema.Models, requireRef: true)) : null;
            case 12:
                return field is null ? null : new SetColumn(model.Name, field.Name, ColumnName());
            case 13:
                return field is null ? null : new AddCheck(model.Name, field.Name, "ck_" + Name("c"));
            case 14:
                return model.Checks.IsEmpty ? null : new DropCheck(model.Name, Pick(model.Checks).Name);
            default:
                return schema.Models.Count > 2 ? new DropModel(model.Name) : null;
        }
    }

    /// <summary>A new key for a model nothing refers to: back to id, or id with one of its required fields, in either order.</summary>
    private ChangeKey? KeyChange(EvolutionSchema schema)
    {
        var free = schema.Models.Where(m => !schema.IsReferenced(m.Name)).ToList();
        if (free.Count == 0)
        {
            return null;
        }

        var model = Pick(free);
        var parts = model.Fields.Where(f => f.Required).ToList();
        if (model.IsComposite && (parts.Count == 0 || _random.Next(3) == 0))
        {
            return new ChangeKey(model.Name, ["id"]);
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var part = Pick(parts).Name;
        return new ChangeKey(model.Name, _random.Next(2) == 0 ? ["id", part] : [part, "id"]);
    }

    private ModelSpec NewModel(ImmutableList<ModelSpec> existing, bool requireRef = false)
    {
        var name = Name("M").ToUpperInvariant();
        var fields = ImmutableList<FieldSpec>.Empty;
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            fields = fields.Add(NewField(existing, name, existingTable: false));
        }

        var targets = existing.Where(m => !m.IsComposite).ToList();
        if (targets.Count > 0 && (requireRef || _random.Next(3) > 0))
        {
            fields = fields.Add(Ref(targets, required: _random.Next(3) == 0));
        }

        var indexes = _random.Next(3) == 0 ? ImmutableList.Create(new IndexSpec([fields[0].Name], false, Partial: _random.Next(2) == 0, Descending: _random.Next(2) == 0)) : [];
        var checks = CheckSpec.Fits(fields[0]) && _random.Next(3) == 0 ? ImmutableList.Create(new CheckSpec("ck_" + Name("c"), fields[0].Name)) : [];
        var keyPart = fields.FirstOrDefault(f => f.Required && f.Type is "integer" or "string" or "ref");
        ImmutableArray<string> key = keyPart is not null && !requireRef && _random.Next(4) == 0 ? ["id", keyPart.Name] : default;
        return new ModelSpec(name, _random.Next(3) == 0 ? name + " Rows" : name.ToLowerInvariant() + "_rows", fields, indexes, Identity: _random.Next(4) > 0, Key: key) { Checks = checks, Serial = key.IsDefault && _random.Next(5) == 0 };
    }

    /// <summary>
    /// An index of one or two fields, with each option drawn (AddIndex refuses the combinations PostgreSQL does not take),
    /// a quarter of them with a written name; or, on a string or custom field, an expression index on <c>lower()</c> of it.
    /// </summary>
    private AddIndex NewIndex(ModelSpec model, FieldSpec field)
    {
        if (field.Type is "string" or "custom" && _random.Next(4) == 0)
        {
            return new AddIndex(model.Name, [field.Name], false) { Lower = true, Name = "ix lower " + Name("i") };
        }

        var fields = _random.Next(3) == 0 && model.Fields.Count > 1 ? ImmutableArray.Create(field.Name, Pick(model.Fields).Name) : [field.Name];
        var method = _random.Next(5) == 0 ? "hash" : null;
        return new AddIndex(model.Name, fields, method is null && _random.Next(2) == 0, _random.Next(3) == 0, method is null && _random.Next(3) == 0, method, method is null && field.Type == "string" && _random.Next(2) == 0)
        {
            Name = _random.Next(4) == 0 ? "IX " + Name("i") : null,
        };
    }

    /// <summary>
    /// A field; one added to a table that has rows is optional or has a default, as a user's would be. A default is
    /// sometimes <c>default_sql:</c>; <c>current_timestamp</c>, whose value the rows cannot expect, only in a new model
    /// (whose rows the fuzzer writes in full); <c>generate: ulid</c> on an optional string long enough for it.
    /// </summary>
    private FieldSpec NewField(IReadOnlyList<ModelSpec> models, string owner, bool existingTable)
    {
        var others = models.Where(m => m.Name != owner && !m.IsComposite).ToList();
        if (others.Count > 0 && _random.Next(6) == 0)
        {
            return Ref(others, required: false);
        }

        var name = Name("f");
        var required = _random.Next(3) == 0;
        var field = _random.Next(14) switch
        {
            13 => new FieldSpec(name, "custom"),
            7 => new FieldSpec(name, "smallint", required, required ? "5" : null) { DefaultSql = required && _random.Next(2) == 0 },
            8 => new FieldSpec(name, "real", required, required ? "1.5" : null),
            9 => new FieldSpec(name, "char", required, required ? "none" : null, MaxLength: 4),
            10 => new FieldSpec(name, "time", required, required ? "09:30:00" : null, Precision: _random.Next(3) == 0 ? 0 : null),
            11 => new FieldSpec(name, "timestamp", Default: !existingTable && _random.Next(2) == 0 ? "current_timestamp" : null, Precision: 3),
            12 => new FieldSpec(name, "text", required, required ? "[]" : null, Array: true),
            0 => new FieldSpec(name, "integer", required, required ? "5" : null) { DefaultSql = required && _random.Next(2) == 0 },
            1 => StringField(name, required),
            2 => new FieldSpec(name, "text"),
            3 => new FieldSpec(name, "boolean", required, required ? "true" : null),
            4 => new FieldSpec(name, "decimal", required, required ? "0" : null),
            5 => EnumField(name, required),
            _ => new FieldSpec(name, "bigint", Unique: !existingTable && _random.Next(2) == 0),
        };
        return _random.Next(4) == 0 ? field with { ColumnName = ColumnName() } : field;
    }

    private FieldSpec StringField(string name, bool required)
    {
        var length = 20 + _random.Next(3) * 10;
        return new FieldSpec(name, "string", required, required ? "none" : null, MaxLength: length) { Generate = !required && length >= 26 && _random.Next(3) == 0 ? "ulid" : null };
    }

    /// <summary>Labels as real schemas write them; half of them a PostgreSQL enum type, a third of them arrays (a list of labels).</summary>
    private FieldSpec EnumField(string name, bool required)
    {
        var native = _random.Next(2) == 0 ? (_random.Next(2) == 0 ? "t_" : "Type") + name : null;
        var array = _random.Next(3) == 0;
        return new FieldSpec(name, "enum", required, required ? (array ? "[\"E0\"]" : "E0") : null, Values: ["E0", "e-1", "in progress"], Native: native, Array: array);
    }

    /// <summary>A column name no field name gives: capitals, blanks, quotes, brackets, a comment's end, non-ASCII.</summary>
    private string ColumnName() => _random.Next(4) switch
    {
        0 => Name("Col"),
        1 => Name("it's col "),
        2 => Name("a]b */ c"),
        _ => Name("Ñandú "),
    };

    private FieldSpec Ref(IReadOnlyList<ModelSpec> targets, bool required)
    {
        var onDelete = OnDeletes[_random.Next(OnDeletes.Length)];
        if (required && onDelete == "set_null")
        {
            onDelete = "cascade";
        }

        var name = Name("p");
        return new FieldSpec(
            name,
            "ref",
            required,
            Target: Pick(targets).Name,
            OnDelete: onDelete,
            ColumnName: _random.Next(4) == 0 ? ColumnName() : null,
            ForeignKeyName: _random.Next(3) == 0 ? "FK " + name + " → parent" : null,
            OnUpdate: _random.Next(2) == 0 ? null : OnUpdates[_random.Next(OnUpdates.Length)]);
    }

    private string Name(string prefix) => prefix + (++_names).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
