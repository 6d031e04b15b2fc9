using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Diff;

/// <summary>The current schema files in the relational form the history replay produces, so the two can be compared.</summary>
internal static class SchemaShapes
{
    public static List<TableShape> From(SchemaSet set) => set.Models.Select(m => From(m, set)).ToList();

    public static TableShape From(SchemaModel model, SchemaSet set)
    {
        var columns = model.Fields.Select(f => Column(f, set, model)).ToEquatableArray();
        var indexes = new List<IndexShape>();
        foreach (var field in model.Fields.Where(f => f.Unique))
        {
            var cols = new[] { field.Column };
            indexes.Add(new IndexShape(IndexNames.For(model.Table, cols, unique: true), cols.ToEquatableArray(), true));
        }

        foreach (var index in model.Indexes)
        {
            var cols = index.Fields.Select(name => model.Fields.First(f => f.Name == name).Column).ToEquatableArray();
            indexes.Add(new IndexShape(index.Name ?? IndexNames.For(model.Table, cols.ToList(), index.Unique), cols, index.Unique) { Options = index.Options });
        }

        var keys = model.Fields.Where(f => f.Type == FieldType.Ref).Select(f =>
        {
            var target = SchemaSetBuilder.Find(set, f.Target!)!;
            return new ForeignKeyShape(f.ForeignKeyName ?? IndexNames.ForeignKey(model.Table, f.Column), f.Column, target.Table, SchemaSetBuilder.KeyOf(target).Column, f.OnDelete) { OnUpdate = f.OnUpdate };
        });

        return new TableShape(
            model.Table,
            columns,
            indexes.GroupBy(i => i.Name).Select(g => g.First()).OrderBy(i => i.Name, StringComparer.Ordinal).ToEquatableArray(),
            keys.OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray())
        {
            PrimaryKeyName = model.PrimaryKeyName ?? IndexNames.PrimaryKey(model.Table),
            Checks = model.Checks.OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray(),
            PrimaryKey = model.PrimaryKey.Select(name => model.Fields.First(f => f.Name == name).Column).ToEquatableArray(),
        };
    }

    public static ColumnShape Column(FieldModel field, SchemaSet set, SchemaModel model)
    {
        ColumnType type;
        if (field.Type == FieldType.Ref)
        {
            var (stored, length) = RefColumnTypes.Stored(set, field);
            type = new ColumnType(stored, length, null, null);
        }
        else
        {
            type = new ColumnType(field.Type, field.Type == FieldType.Enum ? ColumnType.EnumLength : field.MaxLength, field.Precision, field.Scale) { Array = field.Array, Custom = field.Custom };
        }

        // Only a single key of its own integer type is numbered: a ref key takes its target's values.
        var single = field.Primary && model.PrimaryKey.Count == 1 && FieldTypes.CanBeIdentity(field.Type);
        return new ColumnShape(field.Column, type, !field.Required, field.Primary, field.Default, field.Values) { Identity = single && field.Identity, Serial = single && field.Serial, NativeEnum = field.NativeEnum, AutoUpdate = field.AutoUpdate };
    }

    /// <summary>
    /// The columns the schema renames, as (table, old column) → new column: a field marked <c>renamed_from:</c> (the
    /// former field, or the former column), and a field whose <c>column:</c> replaces the column its name gives.
    /// </summary>
    public static Dictionary<(string Table, string Old), string> Renames(SchemaSet set)
    {
        var renames = new Dictionary<(string, string), string>();
        foreach (var model in set.Models)
        {
            foreach (var field in model.Fields)
            {
                var given = FieldNames.DefaultColumn(field.Name, field.Type);
                if (given != field.Column)
                {
                    renames[(model.Table, given)] = field.Column;
                }

                if (field.RenamedFrom is { } former)
                {
                    renames[(model.Table, former)] = field.Column;
                    renames[(model.Table, FieldNames.DefaultColumn(former, field.Type))] = field.Column;
                }
            }
        }

        return renames;
    }
}
