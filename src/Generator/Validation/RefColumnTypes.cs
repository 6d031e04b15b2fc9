using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A ref's <c>column_type:</c>: the column's own width within its target key's family, as existing schemas have
/// (Pagila's <c>smallint</c> columns that refer to <c>integer</c> keys, a <c>varchar(20)</c> column that refers to a
/// <c>text</c> key). BIAB070 when it names no such type, BIAB071 when it is of another family than the key it refers
/// to: a foreign key compares values of one kind. <c>string</c> and <c>char</c> take the ref's own <c>max_length</c>.
/// </summary>
internal static class RefColumnTypes
{
    private static readonly FieldType[] Allowed = { FieldType.SmallInt, FieldType.Integer, FieldType.BigInt, FieldType.String, FieldType.Char, FieldType.Text };

    public static IEnumerable<string> Names => Allowed.Select(EnumNames.FieldTypes.Name);

    public static (FieldType Type, LocationInfo Location)? Read(LocatedValue? written, Subject what, FileDiagnostics diagnostics)
    {
        if (written is null)
        {
            return null;
        }

        if (EnumNames.FieldTypes.TryParse(written.Value, out var type) && System.Array.IndexOf(Allowed, type) >= 0)
        {
            return (type, written.Location);
        }

        var names = Names.ToList();
        var suggestion = Suggestions.Closest(written.Value, names);
        diagnostics.Add(Descriptors.InvalidRefColumnType, written.Location, $"column_type of {what} must be one of {string.Join(", ", names)}, not '{Wording.Shorten(written.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
        return null;
    }

    /// <summary>
    /// A ref's <c>max_length</c> is its column's length, so it goes with a <c>column_type</c> that has one (BIAB009
    /// otherwise); <c>char</c> needs it as a char field does (BIAB045).
    /// </summary>
    public static void CheckLength(FieldDraft draft, FieldType? own, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.KeyLocation("max_length") is { } key && own is not (FieldType.String or FieldType.Char))
        {
            diagnostics.Add(Descriptors.OptionNotForType, key, $"'max_length' on a ref is the length of its column_type string or char; {what} has {(own is { } type ? "column_type " + EnumNames.FieldTypes.Name(type) : "no column_type")}.");
        }

        if (own == FieldType.Char)
        {
            TypeOptionChecks.CharLength(draft.Has("max_length"), draft.RefColumnType!.Location, what, diagnostics);
        }
    }

    /// <summary>The models whose every <c>column_type:</c> fits its target key; the others are reported and left out.</summary>
    public static List<SchemaModel> Check(List<SchemaModel> models, List<DiagnosticInfo> diagnostics)
    {
        var byName = models.ToDictionary(m => m.Name, System.StringComparer.Ordinal);
        var valid = new List<SchemaModel>(models.Count);
        foreach (var model in models)
        {
            var ok = true;
            foreach (var field in model.Fields)
            {
                if (field.RefColumnType is null || !byName.TryGetValue(field.Target!, out var target)
                    || KeyType(target, byName, models.Count) is not { } key || Family(key) == Family(field.RefColumnType.Value))
                {
                    continue;
                }

                var own = EnumNames.FieldTypes.Name(field.RefColumnType!.Value);
                var fits = Fits(key);
                diagnostics.Add(new DiagnosticInfo(
                    Descriptors.RefColumnTypeMismatch,
                    field.RefColumnTypeLocation!,
                    $"column_type {own} of field {model.Name}.{field.Name} does not fit the {EnumNames.FieldTypes.Name(key)} key of {field.Target}{fits}."));
                ok = false;
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        return valid;
    }

    /// <summary>The type and length a ref's column stores: its <c>column_type:</c>, else its target key's.</summary>
    public static (FieldType Type, int? MaxLength) Stored(SchemaSet set, FieldModel field) =>
        field.RefColumnType is { } own ? (own, field.MaxLength) : StoredKey(set, SchemaSetBuilder.Find(set, field.Target!)!);

    /// <summary>What a ref to <paramref name="model"/> stores: its key's type, or, when that key is itself a ref, what that ref stores.</summary>
    public static (FieldType Type, int? MaxLength) StoredKey(SchemaSet set, SchemaModel model)
    {
        var key = SchemaSetBuilder.KeyOf(model);
        for (var hops = 0; key.Type == FieldType.Ref && hops <= set.Models.Count; hops++)
        {
            if (key.RefColumnType is { } own)
            {
                return (own, key.MaxLength);
            }

            key = SchemaSetBuilder.KeyOf(SchemaSetBuilder.Find(set, key.Target!)!);
        }

        return (key.Type, key.MaxLength);
    }

    private static FieldType? KeyType(SchemaModel target, Dictionary<string, SchemaModel> byName, int limit)
    {
        for (var hops = 0; hops <= limit && target.PrimaryKey.Count == 1; hops++)
        {
            var key = SchemaSetBuilder.KeyOf(target);
            if (key.Type != FieldType.Ref)
            {
                return key.Type;
            }

            if (key.RefColumnType is { } own)
            {
                return own;
            }

            if (!byName.TryGetValue(key.Target!, out target!))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Apart from the loop over the fields, whose every turn would otherwise allocate the closure over the family.</summary>
    private static string Fits(FieldType key) =>
        Family(key) is { } family ? $"; write {Wording.List(Allowed.Where(t => Family(t) == family).Select(EnumNames.FieldTypes.Name))}, or leave column_type out" : "; leave column_type out to store the key's own type";

    private static int? Family(FieldType type) => type switch
    {
        FieldType.SmallInt or FieldType.Integer or FieldType.BigInt => 0,
        FieldType.String or FieldType.Char or FieldType.Text => 1,
        _ => null,
    };
}
