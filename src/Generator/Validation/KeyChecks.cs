using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A model's primary key (BIAB014, BIAB050, BIAB051): the model-level <c>primary_key:</c> list or the fields marked
/// <c>primary: true</c>, in that order → the fields with their key membership set, and the key's field names in order.
/// </summary>
internal static class KeyChecks
{
    /// <param name="model">The model's name, null when it is not valid.</param>
    /// <param name="fields">The fields that were checked without error.</param>
    public static (List<FieldModel> Fields, EquatableArray<string> Key) Check(SchemaDraft draft, string? model, List<FieldModel> fields, string what, FileDiagnostics diagnostics)
    {
        var key = draft.PrimaryKey is { } written ? Listed(written, draft.PrimaryKeyLocation!, fields, draft.Fields, what, diagnostics) : Marked(fields);
        if (key is null)
        {
            return (fields, EquatableArray<string>.Empty);
        }

        if (key.Count == 0 && fields.Count > 0)
        {
            diagnostics.Add(Descriptors.PrimaryKey, draft.FieldsLocation, $"{Wording.Capitalize(what)} has no primary key; mark one field with 'primary: true' (for example id: {{ type: uuid, primary: true, default: new }}) or list the key's fields in 'primary_key:'.");
        }

        // A key field is required; a single key is unique by itself, so its own unique index would be a duplicate.
        // A field marked primary is already all of that, and is kept rather than copied.
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var unique = field.Unique && key.Count > 1;
            if (key.Contains(field.Name) && !(field.Primary && field.Required && field.Unique == unique))
            {
                fields[i] = field with { Primary = true, Required = true, Unique = unique };
            }
        }

        foreach (var field in fields)
        {
            if (!field.Identity && !field.Serial && !(key.Count == 1 && field.Primary))
            {
                diagnostics.Add(Descriptors.InvalidIdentity, field.Location, $"Field {Wording.Qualified(model, field.Name)} sets 'identity: false', which applies only to the single integer or bigint key of {what} (the members of a composite key are never numbered by the database).");
            }
        }

        SequenceChecks.Check(fields, key.Count, model, what, diagnostics);
        foreach (var field in fields)
        {
            if (field.Primary && (field.OnDelete == OnDelete.SetNull || field.OnUpdate == OnDelete.SetNull))
            {
                diagnostics.Add(Descriptors.SchemaBadValue, field.Location, $"Field {Wording.Qualified(model, field.Name)} is part of the primary key of {what}, so its on_delete and on_update cannot be set_null.");
            }
        }

        return (fields, key.ToEquatableArray());
    }

    /// <summary>The fields marked <c>primary: true</c>, in the order written.</summary>
    private static List<string> Marked(List<FieldModel> fields)
    {
        var key = new List<string>(1);
        foreach (var field in fields)
        {
            if (field.Primary)
            {
                key.Add(field.Name);
            }
        }

        return key;
    }

    /// <summary>
    /// The fields <c>primary_key:</c> names, each one once and each a key type; null when the list has an error. A field
    /// written in the file but left out for its own error (reported at it) is no unknown field: it keeps its place.
    /// </summary>
    private static List<string>? Listed(EquatableArray<LocatedValue> written, LocationInfo location, List<FieldModel> fields, EquatableArray<FieldDraft> drafts, string what, FileDiagnostics diagnostics)
    {
        var errors = diagnostics.Count;
        if (written.IsEmpty)
        {
            diagnostics.Add(Descriptors.InvalidCompositeKey, location, $"'primary_key' of {what} is empty; list the key's fields, such as [playlist, track].");
        }

        var key = new List<string>();
        foreach (var item in written)
        {
            var field = FieldNames.Named(fields, item.Value);
            if (field is null && drafts.Any(d => d.Name.Value == item.Value) && !key.Contains(item.Value))
            {
                key.Add(item.Value);
            }
            else if (field is null)
            {
                var suggestion = Suggestions.Closest(item.Value, fields.ConvertAll(f => f.Name));
                diagnostics.Add(Descriptors.InvalidCompositeKey, item.Location, $"'primary_key' of {what} names the unknown field '{Wording.Shorten(item.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
            }
            else if (key.Contains(field.Name))
            {
                diagnostics.Add(Descriptors.InvalidCompositeKey, item.Location, $"'primary_key' of {what} lists field '{field.Name}' twice.");
            }
            else
            {
                FieldChecks.KeyType(field.Type, item.Location, Wording.Qualified(null, field.Name) + " of " + what, diagnostics);
                key.Add(field.Name);
            }
        }

        foreach (var marked in fields.Where(f => f.Primary && !key.Contains(f.Name)))
        {
            diagnostics.Add(Descriptors.InvalidCompositeKey, marked.Location, $"Field {marked.Name} of {what} is marked 'primary: true' but 'primary_key' does not list it; mark the key in one place.");
        }

        return diagnostics.Count > errors ? null : key;
    }
}
