using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// An index's name across the whole schema (BIAB015): both databases keep indexes, tables and (on PostgreSQL) the
/// indexes behind primary keys in one namespace per schema, so an index named like another table's index, a table or a
/// primary key would make a first migration the history then refuses ("index already exists") and `migrate up` fails on.
/// <see cref="IndexChecks"/> has already kept the names within one model apart.
/// </summary>
internal static class IndexNameClashes
{
    private const string Index = "an index";

    /// <summary>The models whose index names are their own; a model with a clashing one is reported at that index and left out.</summary>
    public static List<SchemaModel> Check(List<SchemaModel> models, List<DiagnosticInfo> diagnostics)
    {
        // SQLite compares these names ignoring case.
        var taken = new Dictionary<string, (string What, string Model)>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            taken[model.Table] = ("the table", model.Name);
            taken[model.PrimaryKeyName ?? IndexNames.PrimaryKey(model.Table)] = ("the primary key", model.Name);
        }

        var valid = new List<SchemaModel>();
        foreach (var model in models)
        {
            var ok = true;
            foreach (var (name, location) in Names(model))
            {
                if (taken.TryGetValue(name, out var owner) && !(owner.What == Index && owner.Model == model.Name))
                {
                    diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidIndex, location, $"An index of model {model.Name} is named '{name}', which is already the name of {owner.What} of model {owner.Model}; tables, indexes and primary keys share one namespace in the database. Give it another `name:`."));
                    ok = false;
                }
                else
                {
                    taken[name] = (Index, model.Name);
                }
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        return valid;
    }

    /// <summary>The model's indexes and the unique indexes its <c>unique: true</c> fields make.</summary>
    private static IEnumerable<(string Name, LocationInfo Location)> Names(SchemaModel model) =>
        model.Indexes.Where(i => i.Name is not null).Select(i => (i.Name!, i.Location))
            .Concat(model.Fields.Where(f => f.Unique).Select(f => (IndexNames.For(model.Table, new[] { f.Column }, unique: true), f.Location)));
}
