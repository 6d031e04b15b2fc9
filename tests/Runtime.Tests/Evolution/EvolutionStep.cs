using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// What a step does to the rows already there, besides keeping them: the data it declares lost, renames, and the
/// values it writes into existing rows (a new column's default, a backfill when a field becomes required).
/// </summary>
internal sealed record StepEffect(
    ImmutableArray<(string Table, string Column)> DroppedColumns,
    ImmutableArray<string> DroppedTables,
    ImmutableArray<(string Table, string From, string To)> RenamedColumns,
    ImmutableArray<(string Table, string Column, string? Value)> AddedColumns,
    ImmutableArray<(string Table, string Column, string Value)> Backfills)
{
    public static readonly StepEffect None = new([], [], [], [], []);

    public StepEffect Plus(StepEffect other) => new(
        DroppedColumns.AddRange(other.DroppedColumns),
        DroppedTables.AddRange(other.DroppedTables),
        RenamedColumns.AddRange(other.RenamedColumns),
        AddedColumns.AddRange(other.AddedColumns),
        Backfills.AddRange(other.Backfills));
}

/// <summary>
/// One schema edit of a fuzzed history. <see cref="Apply"/> returns null when the edit does not fit the schema it
/// meets (a field already gone, a model something still refers to): the shrinker removes steps and models freely,
/// and the steps left that no longer fit are skipped.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step")]
[JsonDerivedType(typeof(AddField), "add_field")]
[JsonDerivedType(typeof(DropField), "drop_field")]
[JsonDerivedType(typeof(RenameField), "rename_field")]
[JsonDerivedType(typeof(ChangeType), "change_type")]
[JsonDerivedType(typeof(MakeRequired), "make_required")]
[JsonDerivedType(typeof(AddIndex), "add_index")]
[JsonDerivedType(typeof(DropIndex), "drop_index")]
[JsonDerivedType(typeof(MakeUnique), "make_unique")]
[JsonDerivedType(typeof(AddEnumValue), "add_enum_value")]
[JsonDerivedType(typeof(RemoveEnumValue), "remove_enum_value")]
[JsonDerivedType(typeof(ToggleNative), "toggle_native")]
[JsonDerivedType(typeof(AddCheck), "add_check")]
[JsonDerivedType(typeof(DropCheck), "drop_check")]
[JsonDerivedType(typeof(AddModel), "add_model")]
[JsonDerivedType(typeof(DropModel), "drop_model")]
[JsonDerivedType(typeof(SetColumn), "set_column")]
[JsonDerivedType(typeof(ChangeRefActions), "change_ref_actions")]
[JsonDerivedType(typeof(ChangeRefColumnType), "change_ref_column_type")]
[JsonDerivedType(typeof(ToggleIdentity), "toggle_identity")]
[JsonDerivedType(typeof(ToggleSerial), "toggle_serial")]
[JsonDerivedType(typeof(ChangeKey), "change_key")]
internal abstract record EvolutionStep
{
    public abstract (EvolutionSchema Schema, StepEffect Effect)? Apply(EvolutionSchema schema);

    protected static (EvolutionSchema, StepEffect)? Edit(EvolutionSchema schema, string model, Func<ModelSpec, (ModelSpec, StepEffect)?> edit) =>
        schema.Model(model) is { } found && edit(found) is var (changed, effect) ? (schema.With(changed), effect) : null;

    protected static bool Fits(FieldSpec field) => field.Type is not ("boolean" or "enum" or "ref");
}

internal sealed record AddField(string Model, FieldSpec Field) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field.Name) is not null || (Field.IsRef && !schema.CanTarget(Field.Target!)) || (Field.Required && Field.Default is null)
            ? null
            : (m with { Fields = m.Fields.Add(Field with { Repeats = Field.Default is not null }) },
               StepEffect.None with { AddedColumns = [(m.Table, Field.Column, RowValues.Literal(Field, Field.Default))] }));
}

/// <summary>
/// Not of a required ref (the fuzzer's only required field without a default), nor of a unique field: their down
/// re-adds the column with one value in every row, which the foreign key or the unique index then refuses (BIAB205).
/// </summary>
internal sealed record DropField(string Model, string Field) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is not { } field || (field.Required && field.Default is null) || field.Unique || m.Indexes.Any(i => i.Unique && i.Fields.Contains(Field)) || m.InKey(Field)
            ? null
            : (m with { Fields = m.Fields.Remove(field), Indexes = m.Indexes.RemoveAll(i => i.Fields.Contains(Field)), Checks = m.Checks.RemoveAll(c => c.Field == Field) },
               StepEffect.None with { DroppedColumns = [(m.Table, field.Column)] }));
}

/// <summary>Not of a field with a written column: its column stays, so the rename is no schema change at all.</summary>
internal sealed record RenameField(string Model, string Field, string NewName) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is not { } field || m.Field(NewName) is not null || field.ColumnName is not null
            ? null
            : (m with
            {
                Fields = m.Fields.Replace(field, field with { Name = NewName, RenamedFrom = Field }),
                Indexes = [.. m.Indexes.Select(i => i with { Fields = [.. i.Fields.Select(f => f == Field ? NewName : f)] })],
                Checks = [.. m.Checks.Select(c => c.Field == Field ? c with { Field = NewName } : c)],
                Key = m.IsComposite ? [.. m.Key.Select(f => f == Field ? NewName : f)] : m.Key,
            },
               StepEffect.None with { RenamedColumns = [(m.Table, field.Column, (field with { Name = NewName }).Column)] }));
}

/// <summary>
/// Gives a field another column with <c>column:</c>: a rename of the column, which the generator sees by itself when the
/// field had the column its name gives, and from <c>renamed_from:</c> naming the former column otherwise.
/// </summary>
internal sealed record SetColumn(string Model, string Field, string NewColumn) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is not { } field || m.Fields.Any(f => string.Equals(f.Column, NewColumn, StringComparison.OrdinalIgnoreCase))
            ? null
            : (m with { Fields = m.Fields.Replace(field, field with { ColumnName = NewColumn, RenamedFrom = field.ColumnName }) },
               StepEffect.None with { RenamedColumns = [(m.Table, field.Column, NewColumn)] }));
}

/// <summary>
/// integer → bigint or a string of 40; string → a longer string or text; smallint → integer; real → float; char(4) →
/// a string of 20 or more (the fuzzer's string values are longer than 4); timestamp(3) → timestamp; time(0) → time; a custom
/// varchar(40) → text: every value converts.
/// </summary>
internal sealed record ChangeType(string Model, string Field, string NewType, int? NewMaxLength) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
    {
        if (m.Field(Field) is not { } field || m.PinsType(Field))
        {
            return null;
        }

        var fits = (field.Type, NewType) switch
        {
            ("integer", "bigint") => true,
            ("integer", "string") => field.Default is null,
            ("string", "string") => NewMaxLength > field.MaxLength,
            ("string", "text") => !field.Array,
            ("custom", "text") => true,
            ("time", "time") => field.Precision is not null,
            ("smallint", "integer") or ("real", "float") => true,
            ("char", "string") => NewMaxLength >= 20,
            ("timestamp", "timestamp") => field.Precision is not null,
            _ => false,
        };
        return fits ? (m with { Fields = m.Fields.Replace(field, field with { Type = NewType, MaxLength = NewMaxLength, Precision = null }) }, StepEffect.None) : null;
    });
}

internal sealed record MakeRequired(string Model, string Field, string Default) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
    {
        if (m.Field(Field) is not { Type: "integer" or "bigint" or "string" or "text", Array: false, Generate: null } field || field.Required || field.Unique || m.Indexes.Any(i => i.Unique && i.Fields.Contains(Field))
            || RowValues.IsNumber(field) != int.TryParse(Default, out _))
        {
            return null;
        }

        var value = field.Default ?? Default;
        return (m with { Fields = m.Fields.Replace(field, field with { Required = true, Default = value, Repeats = true }) },
                StepEffect.None with { Backfills = [(m.Table, field.Column, value)] });
    });
}

/// <summary>
/// Options as PostgreSQL takes them: hash for one field and not unique or ordered, varchar_pattern_ops on a string,
/// <c>lower()</c> of one string or custom field alone; a written name or an expression index's name is the fuzzer's own.
/// </summary>
internal sealed record AddIndex(string Model, ImmutableArray<string> Fields, bool Unique, bool Partial = false, bool Descending = false, string? Method = null, bool PatternOps = false) : EvolutionStep
{
    public bool Lower { get; init; }

    public string? Name { get; init; }

    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
    {
        var fields = Fields.Select(m.Field).ToList();
        var index = new IndexSpec(Fields, Unique, Partial, Descending, Method, PatternOps) { Lower = Lower, Name = Name };
        if (Lower && (Name is null || Fields.Length != 1 || Unique || Partial || Descending || Method is not null || PatternOps || fields[0]?.Type is not ("string" or "custom")))
        {
            return null;
        }

        if (fields.Any(f => f is null || f.Type == "text" || f.Array) || Fields.Distinct().Count() != Fields.Length || m.Indexes.Any(i => i.Key == index.Key)
            || (Unique && fields.All(f => f!.MayRepeat))
            || (Unique && fields is [{ Unique: true }])
            || (Method is not null && (Fields.Length > 1 || Unique || Descending || PatternOps))
            || (PatternOps && fields[0]!.Type != "string"))
        {
            return null;
        }

        return (m with { Indexes = m.Indexes.Add(index) }, StepEffect.None);
    });
}

internal sealed record DropIndex(string Model, string Key) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Indexes.FirstOrDefault(i => i.Key == Key) is { } index ? (m with { Indexes = m.Indexes.Remove(index) }, StepEffect.None) : null);
}

internal sealed record MakeUnique(string Model, string Field) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { Unique: false, MayRepeat: false } field && Fits(field) && !m.Indexes.Any(i => i.Unique && i.Fields.Length == 1 && i.Fields[0] == Field)
            ? (m with { Fields = m.Fields.Replace(field, field with { Unique = true }) }, StepEffect.None)
            : null);
}

internal sealed record AddEnumValue(string Model, string Field, string Value) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { Type: "enum" } field && !field.Values.Contains(Value)
            ? (m with { Fields = m.Fields.Replace(field, field with { Values = field.Values.Add(Value) }) }, StepEffect.None)
            : null);
}

/// <summary>Makes an enum a PostgreSQL enum type named after its field, or back to varchar + CHECK.</summary>
internal sealed record ToggleNative(string Model, string Field) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { Type: "enum" } field
            ? (m with { Fields = m.Fields.Replace(field, field with { Native = field.Native is null ? "t_" + field.Name : null }) }, StepEffect.None)
            : null);
}

/// <summary>Removes the last value; rows only ever hold the first, so no row is left outside the CHECK.</summary>
internal sealed record RemoveEnumValue(string Model, string Field) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { Type: "enum" } field && field.Values.Length > 2
            ? (m with { Fields = m.Fields.Replace(field, field with { Values = field.Values.RemoveAt(field.Values.Length - 1) }) }, StepEffect.None)
            : null);
}

internal sealed record AddCheck(string Model, string Field, string Name) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { } field && CheckSpec.Fits(field) && !m.Checks.Any(c => c.Field == Field || c.Name == Name)
            ? (m with { Checks = m.Checks.Add(new CheckSpec(Name, Field)) }, StepEffect.None)
            : null);
}

internal sealed record DropCheck(string Model, string Name) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Checks.FirstOrDefault(c => c.Name == Name) is { } check ? (m with { Checks = m.Checks.Remove(check) }, StepEffect.None) : null);
}

internal sealed record AddModel(ModelSpec NewModel) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) =>
        schema.Model(NewModel.Name) is null && NewModel.Fields.Where(f => f.IsRef).All(f => schema.CanTarget(f.Target!))
            ? (schema.With(NewModel), StepEffect.None)
            : null;
}

internal sealed record DropModel(string Model) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) =>
        schema.Model(Model) is { } model && !schema.IsReferenced(Model)
            ? (schema.Without(Model), StepEffect.None with { DroppedTables = [model.Table] })
            : null;
}

/// <summary>New on_delete and on_update actions for a ref: the foreign key is dropped and re-added, the rows stay.</summary>
internal sealed record ChangeRefActions(string Model, string Field, string OnDelete, string OnUpdate) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { IsRef: true } field && !((field.Required || m.InKey(Field)) && (OnDelete == "set_null" || OnUpdate == "set_null"))
            && (field.OnDelete, field.OnUpdate) != (OnDelete, OnUpdate)
            ? (m with { Fields = m.Fields.Replace(field, field with { OnDelete = OnDelete, OnUpdate = OnUpdate }) }, StepEffect.None)
            : null);
}

/// <summary>A ref's own column type (<c>column_type:</c>) changed, or dropped for its target key's; the fuzzer's ids fit a smallint.</summary>
internal sealed record ChangeRefColumnType(string Model, string Field, string? ColumnType) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.Field(Field) is { IsRef: true } field && field.ColumnType != ColumnType
            ? (m with { Fields = m.Fields.Replace(field, field with { ColumnType = ColumnType }) }, StepEffect.None)
            : null);
}

/// <summary>identity on or off for a single <c>id</c> key; the fuzzer gives every row its id, so either way the rows stay.</summary>
internal sealed record ToggleIdentity(string Model) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.IsComposite ? null : (m with { Identity = !m.Identity }, StepEffect.None));
}

/// <summary>A sequence-numbered <c>id</c> key (<c>identity: serial</c>) on or off, back to identity or given ids as before.</summary>
internal sealed record ToggleSerial(string Model) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
        m.IsComposite ? null : (m with { Serial = !m.Serial }, StepEffect.None));
}

/// <summary>
/// A new primary key: <c>id</c> with required fields (refs among them) in the given order, or <c>id</c> alone when
/// <see cref="Key"/> is empty. Only for a model nothing refers to, since a ref needs a single-column key.
/// </summary>
internal sealed record ChangeKey(string Model, ImmutableArray<string> Key) : EvolutionStep
{
    public override (EvolutionSchema, StepEffect)? Apply(EvolutionSchema schema) => Edit(schema, Model, m =>
    {
        var fields = Key.Where(k => k != "id").Select(m.Field).ToList();
        var composite = Key.Length > 1;
        if (schema.IsReferenced(Model) || (composite && !Key.Contains("id")) || Key.Distinct().Count() != Key.Length
            || fields.Any(f => f is null || !f.Required || f.Type is not ("integer" or "bigint" or "string" or "text" or "ref"))
            || (composite && fields.Any(f => f!.IsRef && (f.OnDelete == "set_null" || f.OnUpdate == "set_null")))
            || (composite ? m.IsComposite && m.Key.SequenceEqual(Key) : !m.IsComposite))
        {
            return null;
        }

        return (m with { Key = composite ? Key : default }, StepEffect.None);
    });
}
