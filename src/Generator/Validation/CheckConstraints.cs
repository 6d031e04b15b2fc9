using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>A model's <c>checks:</c> (BIAB060) → the valid ones. Their SQL is the developer's and is not parsed, only kept non-empty.</summary>
internal static class CheckConstraints
{
    public static EquatableArray<CheckShape> Check(EquatableArray<CheckDraft> drafts, string table, List<FieldModel> fields, string what, FileDiagnostics diagnostics)
    {
        if (drafts.IsEmpty)
        {
            return EquatableArray<CheckShape>.Empty;
        }

        var result = new List<CheckShape>();

        // The enum columns' own CHECKs have these names; a second constraint of the same name would replace or break one.
        var enumChecks = fields.Where(f => f.Type == FieldType.Enum).ToDictionary(f => IndexNames.Check(table, f.Column), f => f.Name, System.StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var name = DatabaseNames.Check(draft.Name.Value, draft.Name.Location, "check name", what, diagnostics);
            var valid = name is not null;
            foreach (var sql in new[] { draft.Postgres, draft.Sqlite }.Distinct())
            {
                if (sql is not null && sql.Value.Trim().Length == 0)
                {
                    diagnostics.Add(Descriptors.InvalidCheck, sql.Location, $"The check '{Wording.Shorten(draft.Name.Value)}' of {what} has an empty condition.");
                    valid = false;
                }
            }

            if (name is not null && enumChecks.TryGetValue(name, out var field))
            {
                diagnostics.Add(Descriptors.InvalidCheck, draft.Name.Location, $"The check name '{name}' of {what} is the name of the CHECK that keeps enum field '{field}' to its values; choose another name.");
                valid = false;
            }
            else if (name is not null && result.Any(c => c.Name == name))
            {
                diagnostics.Add(Descriptors.InvalidCheck, draft.Name.Location, $"Two checks of {what} are both named '{name}'.");
                valid = false;
            }

            if (valid)
            {
                result.Add(new CheckShape(name!, draft.Postgres?.Value, draft.Sqlite?.Value));
            }
        }

        return result.ToEquatableArray();
    }
}
