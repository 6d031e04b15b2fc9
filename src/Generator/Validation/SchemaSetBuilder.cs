using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>The checks that need every schema file at once: unique model, table and index names, and references that resolve.</summary>
internal static class SchemaSetBuilder
{
    /// <param name="elsewhere">The models of the app's other databases, which a ref here cannot reach.</param>
    public static SchemaSet Build(ImmutableArray<ParsedSchemaFile> files, string ns, System.Threading.CancellationToken cancellationToken, string database = GeneratorOptions.DefaultDatabase, IReadOnlyList<ModelElsewhere>? elsewhere = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var hasErrors = files.Any(f => f.Model is null);
        var candidates = files.Where(f => f.Model is not null).Select(f => f.Model!).OrderBy(m => m.FilePath, StringComparer.Ordinal).ToList();

        var byName = new Dictionary<string, SchemaModel>(candidates.Count, StringComparer.OrdinalIgnoreCase);
        // SQLite compares table names ignoring case: "Users" and "users" are one table there.
        var byTable = new Dictionary<string, SchemaModel>(candidates.Count, StringComparer.OrdinalIgnoreCase);
        var accepted = new List<SchemaModel>(candidates.Count);
        foreach (var model in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (byName.TryGetValue(model.Name, out var first))
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.DuplicateModel, model.Location, $"Model {model.Name} is already defined in {Wording.FileName(first.FilePath)}; model names must be unique (ignoring case)."));
                continue;
            }

            if (byTable.TryGetValue(model.Table, out first))
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.DuplicateTable, model.Location, $"Model {model.Name} uses table '{model.Table}', which model {first.Name} ({Wording.FileName(first.FilePath)}) already uses{(first.Table == model.Table ? string.Empty : $" as '{first.Table}' (SQLite compares table names ignoring case)")}."));
                continue;
            }

            byName[model.Name] = model;
            byTable[model.Table] = model;
            accepted.Add(model);
        }

        accepted = TypeNames.Check(accepted, ns, diagnostics);
        accepted = NativeEnumChecks.Check(accepted, diagnostics);
        accepted = IndexNameClashes.Check(accepted, diagnostics);
        var broken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Model is null && f.DeclaredName is not null).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            broken[file.DeclaredName!] = file.Path;
        }

        var valid = new List<SchemaModel>(accepted.Count);
        foreach (var model in accepted)
        {
            var ok = true;
            foreach (var field in model.Fields)
            {
                if (field.Type != FieldType.Ref)
                {
                    continue;
                }

                if (!byName.TryGetValue(field.Target!, out var target) && broken.TryGetValue(field.Target!, out var brokenFile))
                {
                    diagnostics.Add(new DiagnosticInfo(
                        Descriptors.UnknownRefTarget,
                        field.Location,
                        $"Field {model.Name}.{field.Name} refers to model '{field.Target}', which {Wording.FileName(brokenFile)} defines but with errors (reported there); fix them and this reference resolves."));
                    ok = false;
                }
                else if (target is null && CrossDatabaseRefs.Check(model, field, database, elsewhere ?? []) is { } crossing)
                {
                    diagnostics.Add(crossing);
                    ok = false;
                }
                else if (target is null || target.Name != field.Target)
                {
                    var names = byName.Values.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
                    var suggestion = Suggestions.Closest(field.Target!, names) ?? (target?.Name);
                    diagnostics.Add(new DiagnosticInfo(
                        Descriptors.UnknownRefTarget,
                        field.Location,
                        $"Field {model.Name}.{field.Name} refers to model '{field.Target}', which no schema file defines.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}"));
                    ok = false;
                }
            }

            if (ok)
            {
                valid.Add(model);
            }
        }

        valid = KeyReferences.Check(valid, diagnostics);
        valid = RefColumnTypes.Check(valid, diagnostics);

        // A model that refers to a model left out above cannot be generated either (its key type is unknown); repeat
        // until nothing changes, since that can cascade along a chain of references.
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in valid)
        {
            kept.Add(model.Name);
        }

        bool removed;
        do
        {
            removed = false;
            for (var i = valid.Count - 1; i >= 0; i--)
            {
                if (RefersOutside(valid[i], kept))
                {
                    kept.Remove(valid[i].Name);
                    valid.RemoveAt(i);
                    removed = true;
                }
            }
        }
        while (removed);

        return new SchemaSet(
            valid.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
            hasErrors || diagnostics.Count > 0,
            diagnostics.ToEquatableArray())
        {
            Database = database,
        };
    }

    private static bool RefersOutside(SchemaModel model, HashSet<string> kept)
    {
        foreach (var field in model.Fields)
        {
            if (field.Type == FieldType.Ref && !kept.Contains(field.Target!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key field of a model a ref may target (<see cref="KeyReferences"/> leaves only refs to single keys).</summary>
    public static FieldModel KeyOf(SchemaModel model)
    {
        foreach (var field in model.Fields)
        {
            if (field.Primary)
            {
                return field;
            }
        }

        throw new InvalidOperationException($"Model {model.Name} has no key field.");
    }

    /// <summary>Looked up by every stage for each ref, hence a loop without a closure.</summary>
    public static SchemaModel? Find(SchemaSet set, string name)
    {
        foreach (var model in set.Models)
        {
            if (model.Name == name)
            {
                return model;
            }
        }

        return null;
    }
}
