using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// PostgreSQL enum types of <c>native:</c> columns: created before the column, dropped after it, a new label added in
/// place (<c>ALTER TYPE ... ADD VALUE</c>, which the migration runs without a transaction), any other change of the
/// labels a type swap that converts every row through its text and fails on a row whose label is gone.
/// </summary>
internal static class PostgresEnumTypes
{
    public static string Create(ColumnShape column) =>
        $"CREATE TYPE {Quote(column.NativeEnum!)} AS ENUM ({string.Join(", ", column.EnumValues.Select(String))})";

    public static string Drop(string type) => $"DROP TYPE {Quote(type)}";

    /// <summary>Both columns have one native type and the new labels are the old ones, in their order, with others added.</summary>
    public static bool AddsLabelsOnly(ColumnShape old, ColumnShape column)
    {
        if (old.NativeEnum is null || old.NativeEnum != column.NativeEnum || old.EnumValues.Equals(column.EnumValues))
        {
            return false;
        }

        var next = 0;
        foreach (var label in column.EnumValues)
        {
            if (next < old.EnumValues.Count && old.EnumValues[next] == label)
            {
                next++;
            }
        }

        return next == old.EnumValues.Count;
    }

    /// <summary>One ADD VALUE per new label, placed where the schema lists it.</summary>
    public static IEnumerable<string> AddLabels(ColumnShape old, ColumnShape column)
    {
        var labels = column.EnumValues.ToList();
        for (var i = 0; i < labels.Count; i++)
        {
            if (!old.EnumValues.Contains(labels[i]))
            {
                // Labels are added in list order, so the one before is always there by now.
                var place = i > 0 ? " AFTER " + String(labels[i - 1]) : " BEFORE " + String(old.EnumValues[0]);
                yield return $"ALTER TYPE {Quote(column.NativeEnum!)} ADD VALUE {String(labels[i])}{place}";
            }
        }
    }

    /// <summary>Whether a migration step adds a label to a native type, which PostgreSQL runs only outside a transaction block (before 12) and cannot use in the transaction that added it.</summary>
    public static bool AddsLabels(OperationStep step) =>
        step.Operation.Kind == OperationKind.AlterColumn && step.Before is { } before
        && Diff.SchemaState.Column(before, step.Operation.Column.Name) is { } old && AddsLabelsOnly(old, step.Operation.Column);

    /// <summary>
    /// The type change of an alter_column that a native type takes part in: the new type is created (the old one first
    /// renamed away when it keeps its name), the column converted through text, the old type dropped.
    /// </summary>
    public static IEnumerable<string> Swap(string table, ColumnShape old, ColumnShape column, string? usingText)
    {
        var name = Quote(column.Name);
        string? retired = old.NativeEnum;
        if (column.NativeEnum is { } type && old.NativeEnum == type)
        {
            retired = (type.Length > 53 ? type.Substring(0, 53) : type) + "__biab_old";
            yield return $"ALTER TYPE {Quote(type)} RENAME TO {Quote(retired)}";
        }

        if (column.NativeEnum is not null)
        {
            yield return Create(column);
        }

        var target = PostgresTypes.Of(column);
        var text = old.Type.Array ? "text[]" : "text";
        var conversion = usingText ?? (column.NativeEnum is not null ? $"{name}::{text}::{target}" : old.NativeEnum is not null ? $"{name}::{text}" : null);
        yield return $"ALTER TABLE {Quote(table)} ALTER COLUMN {name} TYPE {target}{(conversion is null ? string.Empty : " USING " + conversion)}";
        if (retired is not null)
        {
            yield return Drop(retired);
        }
    }
}
