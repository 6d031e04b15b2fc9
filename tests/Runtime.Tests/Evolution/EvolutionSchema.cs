using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// A field of a fuzzed model. <see cref="Type"/> is a schema type name (integer, bigint, smallint, real, string, char,
/// text, boolean, decimal, time, timestamp, enum, ref, custom: <see cref="CustomSqlType"/>); its column is <see cref="ColumnName"/> when set (any name:
/// spaces, capitals, quotes), else the field name, <c>{name}_id</c> for a ref.
/// </summary>
/// <param name="Precision">A timestamp's fractional-second digits.</param>
/// <param name="Array">A list of <see cref="Type"/> (text or enum).</param>
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
    string? Native = null,
    string? ColumnName = null,
    string? ForeignKeyName = null,
    int? Precision = null,
    bool Array = false,
    string? OnUpdate = null)
{
    /// <summary>A ref's <c>column_type:</c> (smallint or bigint beside its target's integer key), null for the key's own type.</summary>
    public string? ColumnType { get; init; }

    /// <summary><see cref="Default"/> written as <c>default_sql:</c>, the same SQL on both dialects, rather than <c>default:</c>.</summary>
    public bool DefaultSql { get; init; }

    /// <summary><c>generate:</c> (ulid): made by the entity's constructor, nothing in the database.</summary>
    public string? Generate { get; init; }

    /// <summary>The <c>sql_type:</c> of a custom field: a varchar on PostgreSQL, which the fuzzer's texts fit.</summary>
    public const string CustomSqlType = "sql_type: { postgres: \"varchar(40)\", sqlite: TEXT }";

    [JsonIgnore]
    public string Column => ColumnName ?? (Type == "ref" ? Name + "_id" : Name);

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

        if (Precision is { } digits)
        {
            parts.Add("precision: " + digits.ToString(CultureInfo.InvariantCulture));
        }

        if (Array)
        {
            parts.Add("array: true");
        }

        if (Type == "custom")
        {
            parts.Add(CustomSqlType);
        }

        if (Generate is not null)
        {
            parts.Add("generate: " + Generate);
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

        if (OnUpdate is not null)
        {
            parts.Add("on_update: " + OnUpdate);
        }

        if (ColumnType is not null)
        {
            parts.Add("column_type: " + ColumnType);
        }

        if (Default is not null)
        {
            parts.Add(DefaultSql ? $"default_sql: {{ postgres: {QuotedSql(Default)}, sqlite: {QuotedSql(Default)} }}" : "default: " + Default);
        }

        if (Unique)
        {
            parts.Add("unique: true");
        }

        if (RenamedFrom is not null)
        {
            parts.Add("renamed_from: " + Quoted(RenamedFrom));
        }

        if (ColumnName is not null)
        {
            parts.Add("column: " + Quoted(ColumnName));
        }

        if (ForeignKeyName is not null)
        {
            parts.Add("fk_name: " + Quoted(ForeignKeyName));
        }

        return $"{Name}: {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>The fuzzer's names hold no double quote or backslash, so a YAML double-quoted scalar is the name as written.</summary>
    public static string Quoted(string name) => "\"" + name + "\"";

    /// <summary>SQL text as a YAML single-quoted scalar (a written column may hold a single quote).</summary>
    public static string QuotedSql(string sql) => "'" + sql.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A column name as a quoted SQL identifier.</summary>
    public static string SqlName(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <param name="Partial">A partial index: <c>where: "first_column" IS NOT NULL</c>.</param>
/// <param name="Descending">The first field in descending order.</param>
/// <param name="Method">A PostgreSQL method other than btree (hash: one field, not unique).</param>
/// <param name="PatternOps">varchar_pattern_ops on the first field (a string).</param>
internal sealed record IndexSpec(ImmutableArray<string> Fields, bool Unique, bool Partial = false, bool Descending = false, string? Method = null, bool PatternOps = false)
{
    /// <summary>An <c>expression:</c> index on <c>lower()</c> of its one field's column instead of the field (it needs <see cref="Name"/>).</summary>
    public bool Lower { get; init; }

    /// <summary>A written <c>name:</c> (any identifier), else the name the generator derives.</summary>
    public string? Name { get; init; }

    [JsonIgnore]
    public string Key => (Lower ? "lower:" : string.Empty) + string.Join("+", Fields);

    /// <summary>A type change would have to rebuild the index with its method, operator class or expression: the fuzzer leaves such fields alone.</summary>
    [JsonIgnore]
    public bool PinsTypes => Method is not null || PatternOps || Lower;

    public string Yaml(ModelSpec model)
    {
        if (Lower)
        {
            var column = FieldSpec.SqlName(model.Field(Fields[0])?.Column ?? Fields[0]);
            return $"{{ expression: {FieldSpec.QuotedSql($"lower({column})")}, name: {FieldSpec.Quoted(Name!)} }}";
        }

        var text = new StringBuilder("{ fields: [").Append(string.Join(", ", Fields)).Append(']');
        text.Append(Name is null ? string.Empty : ", name: " + FieldSpec.Quoted(Name));
        text.Append(Unique ? ", unique: true" : string.Empty);
        text.Append(Partial ? $", where: {FieldSpec.QuotedSql(FieldSpec.SqlName(model.Field(Fields[0])?.Column ?? Fields[0]) + " IS NOT NULL")}" : string.Empty);
        text.Append(Descending ? ", order: [desc]" : string.Empty);
        text.Append(Method is null ? string.Empty : ", using: " + Method);
        text.Append(PatternOps ? ", ops: [varchar_pattern_ops]" : string.Empty);
        return text.Append(" }").ToString();
    }
}

/// <summary>
/// A CHECK on one field that every row the fuzzer writes satisfies (its values are positive numbers and short texts,
/// placeholders 0 and ''); its SQL names the field's column, so a rename of the field changes the check.
/// </summary>
internal sealed record CheckSpec(string Name, string Field)
{
    public static bool Fits(FieldSpec field) => field.Type is "integer" or "bigint" or "string" or "text" && !field.Array;

    public string Yaml(ModelSpec model)
    {
        var field = model.Field(Field)!;
        var column = FieldSpec.SqlName(field.Column);
        var sql = RowValues.IsNumber(field) ? $"{column} >= 0" : $"length({column}) < 500";
        return $"{{ name: {Name}, sql: {FieldSpec.QuotedSql(sql)} }}";
    }
}

/// <summary>
/// A fuzzed model: an integer column <c>id</c> (not in <see cref="Fields"/>) that every row has its own value in, its
/// fields and indexes. The key is <c>id</c> alone (numbered by the database unless <see cref="Identity"/> is false), or,
/// when <see cref="Key"/> is set, a composite key over <c>id</c> and required fields in that order (rows stay distinct
/// by their id, and nothing may refer to such a model).
/// </summary>
internal sealed record ModelSpec(string Name, string Table, ImmutableList<FieldSpec> Fields, ImmutableList<IndexSpec> Indexes, bool Identity = true, ImmutableArray<string> Key = default)
{
    public ImmutableList<CheckSpec> Checks { get; init; } = [];

    /// <summary>A single <c>id</c> key numbered by a sequence it owns (<c>identity: serial</c>), whatever <see cref="Identity"/> says.</summary>
    public bool Serial { get; init; }

    public FieldSpec? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>A check or an index with a method or operator class holds the field's type.</summary>
    public bool PinsType(string field) => Checks.Any(c => c.Field == field) || Indexes.Any(i => i.PinsTypes && i.Fields.Contains(field));

    [JsonIgnore]
    public bool IsComposite => !Key.IsDefaultOrEmpty;

    public bool InKey(string field) => IsComposite && Key.Contains(field);

    [JsonIgnore]
    public string FileName => Table + ".yaml";

    public string Yaml()
    {
        var text = new StringBuilder()
            .Append("name: ").Append(Name).Append('\n')
            .Append("table: ").Append(FieldSpec.Quoted(Table)).Append('\n')
            .Append(IsComposite ? $"primary_key: [{string.Join(", ", Key)}]\n" : string.Empty)
            .Append("fields:\n")
            .Append(IsComposite ? "  id: { type: integer }\n" : Serial ? "  id: { type: integer, primary: true, identity: serial }\n" : Identity ? "  id: { type: integer, primary: true }\n" : "  id: { type: integer, primary: true, identity: false }\n");
        foreach (var field in Fields)
        {
            text.Append("  ").Append(field.Yaml()).Append('\n');
        }

        if (!Indexes.IsEmpty)
        {
            text.Append("indexes:\n");
            foreach (var index in Indexes)
            {
                text.Append("  - ").Append(index.Yaml(this)).Append('\n');
            }
        }

        if (!Checks.IsEmpty)
        {
            text.Append("checks:\n");
            foreach (var check in Checks)
            {
                text.Append("  - ").Append(check.Yaml(this)).Append('\n');
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

    /// <summary>A ref may only target a model with a single key (BIAB052).</summary>
    public bool CanTarget(string model) => Model(model) is { IsComposite: false };

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
