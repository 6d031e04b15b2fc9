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

    /// <summary>A table of the schema; a first migration builds hundreds, so this runs without LINQ's iterators and sorts.</summary>
    public static TableShape From(SchemaModel model, SchemaSet set)
    {
        var columns = new ColumnShape[model.Fields.Count];
        var indexes = new List<IndexShape>();
        var keys = new List<ForeignKeyShape>();
        for (var i = 0; i < columns.Length; i++)
        {
            var field = model.Fields[i];
            columns[i] = Column(field, set, model);
            if (field.Unique)
            {
                var cols = new[] { field.Column };
                AddNew(indexes, new IndexShape(IndexNames.For(model.Table, cols, unique: true), new EquatableArray<string>(cols), true));
            }

            if (field.Type == FieldType.Ref)
            {
                var target = SchemaSetBuilder.Find(set, field.Target!)!;
                keys.Add(new ForeignKeyShape(field.ForeignKeyName ?? IndexNames.ForeignKey(model.Table, field.Column), field.Column, target.Table, SchemaSetBuilder.KeyOf(target).Column, field.OnDelete) { OnUpdate = field.OnUpdate });
            }
        }

        foreach (var index in model.Indexes)
        {
            var cols = ColumnsOf(model, index.Fields);
            AddNew(indexes, new IndexShape(index.Name ?? IndexNames.For(model.Table, cols, index.Unique), new EquatableArray<string>(cols), index.Unique) { Options = index.Options });
        }

        return new TableShape(model.Table, new EquatableArray<ColumnShape>(columns), ByName(indexes.ToArray(), static i => i.Name), ByName(keys.ToArray(), static k => k.Name))
        {
            PrimaryKeyName = model.PrimaryKeyName ?? IndexNames.PrimaryKey(model.Table),
            Checks = model.Checks.Count < 2 ? model.Checks : ByName(model.Checks.ToArray(), static k => k.Name),
            PrimaryKey = new EquatableArray<string>(ColumnsOf(model, model.PrimaryKey)),
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

    /// <summary>The first index of a name is the table's; a later one of the same name (a field's unique and a written index) is the same.</summary>
    private static void AddNew(List<IndexShape> indexes, IndexShape index)
    {
        foreach (var other in indexes)
        {
            if (other.Name == index.Name)
            {
                return;
            }
        }

        indexes.Add(index);
    }

    private static string[] ColumnsOf(SchemaModel model, EquatableArray<string> fields)
    {
        var columns = new string[fields.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            foreach (var field in model.Fields)
            {
                if (field.Name == fields[i])
                {
                    columns[i] = field.Column;
                    break;
                }
            }
        }

        return columns;
    }

    /// <summary>Sorted by name as OrderBy with an ordinal comparer sorts (stably), in place: these lists have a handful of items.</summary>
    private static EquatableArray<T> ByName<T>(T[] items, Func<T, string> name)
        where T : IEquatable<T>
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(name(items[j]), name(item)) > 0; j--)
            {
                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }

        return new EquatableArray<T>(items);
    }
}
