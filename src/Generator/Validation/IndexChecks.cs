using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A model's indexes, checked against its fields and each other (BIAB015) and for their options (BIAB061) → the valid ones.
/// An index naming a field the file writes but that was left out for its own error (reported there) is left out silently.
/// </summary>
internal static class IndexChecks
{
    public static List<IndexModel> Check(EquatableArray<IndexDraft> drafts, string table, List<FieldModel> fields, EquatableArray<FieldDraft> written, string what, FileDiagnostics diagnostics)
    {
        var result = new List<IndexModel>();
        // SQLite compares index names ignoring case.
        var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        Dictionary<string, FieldModel>? uniqueFields = null;
        foreach (var field in fields)
        {
            if (field.Unique && drafts.Count > 0)
            {
                uniqueFields ??= new Dictionary<string, FieldModel>(System.StringComparer.OrdinalIgnoreCase);
                uniqueFields[IndexNames.For(table, field.Column, unique: true)] = field;
            }
        }

        foreach (var draft in drafts)
        {
            // A valid index has every field it lists, so these are its arrays as they stand.
            var fieldNames = new string[draft.Fields.Count];
            var columns = new string[draft.Fields.Count];
            var count = 0;
            var valid = draft.Fields.Count > 0 || draft.Expression is not null;
            if (!valid)
            {
                diagnostics.Add(Descriptors.InvalidIndex, draft.Location, $"An index of {what} lists no fields.");
            }

            foreach (var listed in draft.Fields)
            {
                var field = FieldNames.Named(fields, listed.Value);
                if (field is null && IsWritten(written, listed.Value))
                {
                    valid = false;
                }
                else if (field is null)
                {
                    var suggestion = Suggestions.Closest(listed.Value, fields.ConvertAll(f => f.Name));
                    diagnostics.Add(Descriptors.InvalidIndex, listed.Location, $"An index of {what} names the unknown field '{Wording.Shorten(listed.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
                    valid = false;
                }
                else if (System.Array.IndexOf(fieldNames, field.Name, 0, count) >= 0)
                {
                    diagnostics.Add(Descriptors.InvalidIndex, listed.Location, $"An index of {what} lists field '{field.Name}' twice.");
                    valid = false;
                }
                else
                {
                    fieldNames[count] = field.Name;
                    columns[count++] = field.Column;
                }
            }

            var options = IndexOptionChecks.Check(draft, what, diagnostics);
            valid &= options is not null;
            var name = draft.Name is { } given ? DatabaseNames.Check(given.Value, given.Location, "index name", what, diagnostics) : valid ? IndexNames.For(table, columns, draft.Unique) : null;
            if (!valid || name is null)
            {
                continue;
            }

            // `unique: true` on a field makes this very index; with other options it would be dropped in its favour.
            if (uniqueFields is not null && uniqueFields.TryGetValue(name, out var uniqueField) && !(draft.Unique && options == IndexOptions.None && columns.Length == 1))
            {
                diagnostics.Add(Descriptors.InvalidIndex, draft.Name?.Location ?? draft.Location, $"An index of {what} would be named '{name}', the unique index that `unique: true` on field {uniqueField.Name} makes; give it another `name:`.");
                continue;
            }

            if (!names.Add(name))
            {
                diagnostics.Add(Descriptors.InvalidIndex, draft.Name?.Location ?? draft.Location, $"Two indexes of {what} are both named '{name}'.");
                continue;
            }

            result.Add(new IndexModel(new EquatableArray<string>(fieldNames), draft.Unique, name, draft.Location) { Options = options! });
        }

        return result;
    }

    /// <summary>Apart from the loop over an index's fields, whose every turn would otherwise allocate the closure.</summary>
    private static bool IsWritten(EquatableArray<FieldDraft> written, string name) => written.Any(d => d.Name.Value == name);
}
