using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// A field of a fuzzed model. <see cref="Type"/> is a schema type name (integer, bigint, string, text, boolean, decimal,
/// enum, ref); a ref's column is <c>{name}_id</c>.
/// </summary>
/// <param name="Repeats">Whether rows may share a value in it (a default written into existing rows), so it never becomes unique.</param>
internal sealed record FieldSpec(
    string Name,
    string Type,
    bool Required = false,
    string? Default = null,
    bool Unique = false,
    int? MaxLength = null,
    ImmutableArray<string> Values = default,
    string? Target = null,
    string? OnDelete = null,
    string? RenamedFrom = null,
    bool Repeats = false,
    string? Native = null)
{
    [JsonIgnore]
    public string Column => Type == "ref" ? Name + "_id" : Name;

    /// <summary>Rows may share a value: a default written into them, a random parent, a boolean, an enum's first value.</summary>
    [JsonIgnore]
    public bool MayRepeat => Repeats || Type is "ref" or "enum" or "boolean";

    [JsonIgnore]
    public bool IsRef => Type == "ref";

    public string Yaml()
    {
        var parts = new List<string> { "type: " + Type };
        if (Required)
        {
            parts.Add("required: true");
        }

        if (MaxLength is { } length)
        {
            parts.Add("max_length: " + length.ToString(CultureInfo.InvariantCulture));
        }

        if (Type == "decimal")
        {
            parts.Add("precision: 10");
            parts.Add("scale: 2");
        }

        if (!Values.IsDefaultOrEmpty)
        {
            parts.Add($"values: [{string.Join(", ", Values.Select(v => "\"" + v + "\""))}]");
            if (Native is not null)
            {
                parts.Add("native: " + Native);
            }
        }

        if (Target is not null)
        {
            parts.Add("target: " + Target);
        }

        if (OnDelete is not null)
        {
            parts.Add("on_delete: " + OnDelete);
        }

        if (Default is not null)
        {
            parts.Add("default: " + Default);
        }

        if (Unique)
        {
            parts.Add("unique: true");
        }

        if (RenamedFrom is not null)
        {
            parts.Add("renamed_from: " + RenamedFrom);
        }

        return $"{Name}: {{ {string.Join(", ", parts)} }}";
    }
}

internal sealed record IndexSpec(ImmutableArray<string> Fields, bool Unique)
{
    [JsonIgnore]
    public string Key => string.Join("+", Fields);
}

/// <summary>A fuzzed model: an integer key <c>id</c> (not in <see cref="Fields"/>), its fields and indexes.</summary>
internal sealed record ModelSpec(string Name, string Table, ImmutableList<FieldSpec> Fields, ImmutableList<IndexSpec> Indexes)
{
    public FieldSpec? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    [JsonIgnore]
    public string FileName => Table + ".yaml";

    public string Yaml()
    {
        var text = new StringBuilder()
            .Append("name: ").Append(Name).Append('\n')
            .Append("table: ").Append(Table).Append('\n')
            .Append("fields:\n")
            .Append("  id: { type: integer, primary: true }\n");
        foreach (var field in Fields)
        {
            text.Append("  ").Append(field.Yaml()).Append('\n');
        }

        if (!Indexes.IsEmpty)
        {
            text.Append("indexes:\n");
            foreach (var index in Indexes)
            {
                text.Append("  - { fields: [").Append(string.Join(", ", index.Fields)).Append(']').Append(index.Unique ? ", unique: true" : string.Empty).Append(" }\n");
            }
        }

        return text.ToString();
    }
}

/// <summary>The schema files at one point of a fuzzed history.</summary>
internal sealed record EvolutionSchema(ImmutableList<ModelSpec> Models)
{
    public ModelSpec? Model(string name) => Models.FirstOrDefault(m => m.Name == name);

    public bool IsReferenced(string model) => Models.Any(m => m.Name != model && m.Fields.Any(f => f.Target == model));

    public EvolutionSchema With(ModelSpec model) =>
        new(Models.FindIndex(m => m.Name == model.Name) is var i and >= 0 ? Models.SetItem(i, model) : Models.Add(model));

    public EvolutionSchema Without(string model) => new(Models.RemoveAll(m => m.Name == model));

    /// <summary>renamed_from is a one-step instruction: once a migration captured the rename, the marker goes.</summary>
    public EvolutionSchema WithoutRenameMarkers() =>
        new([.. Models.Select(m => m with { Fields = [.. m.Fields.Select(f => f with { RenamedFrom = null })] })]);

    /// <summary>Models in an order where every ref target comes before the models referring to it (rows are inserted in it).</summary>
    public IReadOnlyList<ModelSpec> ParentsFirst()
    {
        var ordered = new List<ModelSpec>();
        var left = Models.ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(m => m.Fields.Where(f => f.IsRef && f.Target != m.Name).All(f => ordered.Any(o => o.Name == f.Target))) ?? left[0];
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered;
    }
}
