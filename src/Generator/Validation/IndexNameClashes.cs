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
        var taken = new Dictionary<string, (string What, string Model)>(Count(models), StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            taken[model.Table] = ("the table", model.Name);
            taken[model.PrimaryKeyName ?? IndexNames.PrimaryKey(model.Table)] = ("the primary key", model.Name);
        }

        var valid = new List<SchemaModel>(models.Count);
        foreach (var model in models)
        {
            var ok = true;
            foreach (var index in model.Indexes)
            {
                if (index.Name is not null)
                {
                    ok &= Take(index.Name, index.Location, model, taken, diagnostics);
                }
            }

            foreach (var field in model.Fields)
            {
                if (field.Unique)
                {
                    ok &= Take(IndexNames.For(model.Table, field.Column, unique: true), field.Location, model, taken, diagnostics);
                }
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        return valid;
    }

    /// <summary>How many names the models take, so the lookup is made that large at once instead of growing with them.</summary>
    private static int Count(List<SchemaModel> models)
    {
        var count = 0;
        foreach (var model in models)
        {
            count += 2 + model.Indexes.Count;
            foreach (var field in model.Fields)
            {
                count += field.Unique ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Takes an index name of the model (its indexes', then its <c>unique: true</c> fields'); false when another owns it (reported).</summary>
    private static bool Take(string name, LocationInfo location, SchemaModel model, Dictionary<string, (string What, string Model)> taken, List<DiagnosticInfo> diagnostics)
    {
        if (taken.TryGetValue(name, out var owner) && !(owner.What == Index && owner.Model == model.Name))
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.InvalidIndex, location, $"An index of model {model.Name} is named '{name}', which is already the name of {owner.What} of model {owner.Model}; tables, indexes and primary keys share one namespace in the database. Give it another `name:`."));
            return false;
        }

        taken[name] = (Index, model.Name);
        return true;
    }
}
