using System.Collections.Immutable;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>Random histories: 3–6 models referring to each other, then steps drawn from every kind of edit that fits.</summary>
internal sealed class HistoryFuzzer(int seed)
{
    private static readonly string[] OnDeletes = ["cascade", "set_null", "no_action", "restrict"];
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
        switch (_random.Next(13))
        {
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
                    _ => null,
                };
            case 5:
                return field is null ? null : new MakeRequired(model.Name, field.Name, RowValues.IsNumber(field) ? "7" : "dflt");
            case 6:
                return field is null ? null : new AddIndex(model.Name, _random.Next(3) == 0 && model.Fields.Count > 1 ? [field.Name, Pick(model.Fields).Name] : [field.Name], _random.Next(2) == 0);
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
            default:
                return schema.Models.Count > 2 ? new DropModel(model.Name) : null;
        }
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

        if (existing.Count > 0 && (requireRef || _random.Next(3) > 0))
        {
            fields = fields.Add(Ref(existing, required: _random.Next(3) == 0));
        }

        var indexes = _random.Next(3) == 0 ? ImmutableList.Create(new IndexSpec([fields[0].Name], false)) : [];
        return new ModelSpec(name, name.ToLowerInvariant() + "_rows", fields, indexes);
    }

    /// <summary>A field; one added to a table that has rows is optional or has a default, as a user's would be.</summary>
    private FieldSpec NewField(IReadOnlyList<ModelSpec> models, string owner, bool existingTable)
    {
        var others = models.Where(m => m.Name != owner).ToList();
        if (others.Count > 0 && _random.Next(6) == 0)
        {
            return Ref(others, required: false);
        }

        var name = Name("f");
        var required = _random.Next(3) == 0;
        return _random.Next(7) switch
        {
            0 => new FieldSpec(name, "integer", required, required ? "5" : null),
            1 => new FieldSpec(name, "string", required, required ? "none" : null, MaxLength: 20 + _random.Next(3) * 10),
            2 => new FieldSpec(name, "text"),
            3 => new FieldSpec(name, "boolean", required, required ? "true" : null),
            4 => new FieldSpec(name, "decimal", required, required ? "0" : null),
            // Labels as real schemas write them; half of them a PostgreSQL enum type.
            5 => new FieldSpec(name, "enum", required, required ? "E0" : null, Values: ["E0", "e-1", "in progress"], Native: _random.Next(2) == 0 ? "t_" + name : null),
            _ => new FieldSpec(name, "bigint", Unique: !existingTable && _random.Next(2) == 0),
        };
    }

    private FieldSpec Ref(IReadOnlyList<ModelSpec> targets, bool required)
    {
        var onDelete = OnDeletes[_random.Next(OnDeletes.Length)];
        if (required && onDelete == "set_null")
        {
            onDelete = "cascade";
        }

        return new FieldSpec(Name("p"), "ref", required, Target: Pick(targets).Name, OnDelete: onDelete);
    }

    private string Name(string prefix) => prefix + (++_names).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
