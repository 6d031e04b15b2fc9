using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// An index's <c>where</c>, <c>expression</c>, <c>using</c>, <c>ops</c> and <c>order</c> (BIAB061; BIAB062 notes what
/// SQLite leaves out) → <see cref="IndexOptions"/> in their normal form, or null when one is invalid.
/// </summary>
internal static class IndexOptionChecks
{
    /// <summary>An operator class goes into the SQL unquoted, so it must be a plain (optionally schema-qualified) name.</summary>
    public static IndexOptions? Check(IndexDraft draft, string what, FileDiagnostics diagnostics)
    {
        if (draft.Where is null && draft.Expression is null && draft.Method is null && draft.Ops.IsEmpty && draft.Order.IsEmpty)
        {
            return IndexOptions.None;
        }

        var valid = true;
        var where = Sql(draft.Where, "where", what, diagnostics, ref valid);
        var expression = Sql(draft.Expression, "expression", what, diagnostics, ref valid);
        if (draft.Expression is { } written)
        {
            if (draft.Fields.Count > 0)
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"An index of {what} has both 'fields' and an 'expression'; an expression index lists its key in the expression.");
                valid = false;
            }

            if (draft.Name is null)
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"The expression index of {what} needs a 'name:' (there are no columns to name it after).");
                valid = false;
            }

            foreach (var perField in new[] { ("ops", draft.Ops), ("order", draft.Order) }.Where(o => o.Item2.Count > 0))
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, perField.Item2[0].Location, $"'{perField.Item1}' of an expression index of {what} has no fields to apply to; write the operator class or ASC/DESC in the expression.");
                valid = false;
            }
        }

        var method = Method(draft, what, diagnostics, ref valid);
        var ops = new List<string>();
        for (var i = 0; i < draft.Ops.Count; i++)
        {
            var op = draft.Ops[i];
            if (i >= draft.Fields.Count && draft.Expression is null)
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, op.Location, $"'ops' of an index of {what} lists {draft.Ops.Count} operator classes for {draft.Fields.Count} field(s); give at most one per field, in the order of 'fields'.");
                valid = false;
                break;
            }

            if (!IdentifierShapes.IsOperatorClass(op.Value))
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, op.Location, $"'{Wording.Shorten(op.Value)}' in 'ops' of an index of {what} is not an operator class name (such as text_pattern_ops or public.gin_trgm_ops).");
                valid = false;
            }

            ops.Add(op.Value);
        }

        var order = Order(draft, method, what, diagnostics, ref valid);
        if (valid && (method is not null || ops.Count > 0))
        {
            var option = draft.Method is not null && method is not null ? draft.Method : draft.Ops[0];
            diagnostics.Add(Descriptors.PostgresOnlyIndexOption, option.Location, $"The {(method is null ? "operator classes" : $"method {method}{(ops.Count > 0 ? " and operator classes" : string.Empty)}")} of an index of {what} apply on PostgreSQL only; on SQLite the index is created without them.");
        }

        return valid ? new IndexOptions(where, expression, method, ops.ToEquatableArray(), order.ToEquatableArray()) : null;
    }

    private static string? Sql(LocatedValue? value, string key, string what, FileDiagnostics diagnostics, ref bool valid)
    {
        if (value is not null && value.Value.Trim().Length == 0)
        {
            diagnostics.Add(Descriptors.InvalidIndexOption, value.Location, $"The '{key}' of an index of {what} is empty.");
            valid = false;
        }

        return value?.Value;
    }

    /// <summary>The method, null for btree (the default, so writing it changes nothing).</summary>
    private static string? Method(IndexDraft draft, string what, FileDiagnostics diagnostics, ref bool valid)
    {
        if (draft.Method is not { } written)
        {
            return null;
        }

        if (!IndexOptions.Methods.Contains(written.Value))
        {
            var suggestion = Suggestions.Closest(written.Value, IndexOptions.Methods);
            diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"'using' of an index of {what} must be one of {string.Join(", ", IndexOptions.Methods)}, not '{Wording.Shorten(written.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
            valid = false;
            return null;
        }

        if (written.Value != "btree" && draft.Unique)
        {
            diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"A unique index of {what} cannot use {written.Value}: PostgreSQL makes unique indexes with btree only.");
            valid = false;
        }

        return written.Value == "btree" ? null : written.Value;
    }

    /// <summary>Each field's order, without the trailing "asc"s (the default).</summary>
    private static List<string> Order(IndexDraft draft, string? method, string what, FileDiagnostics diagnostics, ref bool valid)
    {
        var order = new List<string>();
        for (var i = 0; i < draft.Order.Count; i++)
        {
            var written = draft.Order[i];
            if (i >= draft.Fields.Count && draft.Expression is null)
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"'order' of an index of {what} lists {draft.Order.Count} orders for {draft.Fields.Count} field(s); give at most one per field, in the order of 'fields'.");
                valid = false;
                break;
            }

            if (written.Value is not ("asc" or "desc"))
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"Each item of 'order' of an index of {what} must be asc or desc, not '{Wording.Shorten(written.Value)}'.");
                valid = false;
                continue;
            }

            if (written.Value == "desc" && method is not null)
            {
                diagnostics.Add(Descriptors.InvalidIndexOption, written.Location, $"An index of {what} using {method} cannot be ordered: PostgreSQL orders btree indexes only.");
                valid = false;
            }

            order.Add(written.Value);
        }

        while (order.Count > 0 && order[order.Count - 1] == "asc")
        {
            order.RemoveAt(order.Count - 1);
        }

        return order;
    }
}
