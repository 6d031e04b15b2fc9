using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>The CHECK constraints of add_check and create_table, and the options of create_index.</summary>
internal static partial class OperationParser
{
    private static readonly string[] AddCheckKeys = { "table", "name", "sql" };

    private static readonly string[] CheckKeys = { "name", "sql" };

    private static Operation? AddCheck(YamlMapping body, string what, FileDiagnostics diagnostics, LocationInfo location)
    {
        var reader = new MappingReader(body, what, diagnostics, AddCheckKeys);
        var table = Table(reader, diagnostics);
        var check = Check(reader, what, diagnostics);
        return table is null || check is null ? null : Operation.Create(OperationKind.AddCheck, table) with { Check = check, Location = location };
    }

    private static EquatableArray<CheckShape> Checks(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        var checks = new List<CheckShape>();
        foreach (var item in reader.Sequence("checks")?.Items ?? new List<YamlNode>())
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Add(Descriptors.MigrationShape, item.Location, $"A check in {what} must be a mapping such as {{ name: ck_orders_total, sql: \"total >= 0\" }}, not {item.KindName}.");
                continue;
            }

            var check = Check(new MappingReader(mapping, "a check in " + what, diagnostics, CheckKeys), what, diagnostics);
            if (check is not null && checks.Any(c => c.Name == check.Name))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, item.Location, $"Check '{check.Name}' appears twice in {what}.");
            }
            else if (check is not null)
            {
                checks.Add(check);
            }
        }

        return checks.ToEquatableArray();
    }

    private static CheckShape? Check(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        var name = Table(reader, diagnostics, "name");
        if (!reader.Has("sql"))
        {
            diagnostics.Add(Descriptors.MigrationMissingKey, reader.Mapping.Location, $"{Wording.Capitalize(reader.What)} has no 'sql'.");
            return null;
        }

        if (DialectText.Read(reader, "sql", diagnostics) is not { } sql || name is null)
        {
            return null;
        }

        foreach (var text in new[] { sql.Postgres, sql.Sqlite })
        {
            if (text is not null && text.Value.Trim().Length == 0)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, text.Location, $"The condition of check '{name}' in {what} is empty.");
                return null;
            }
        }

        return new CheckShape(name, sql.Postgres?.Value, sql.Sqlite?.Value);
    }

    /// <summary>The options in the normal form the schema side gives them (btree and trailing "asc"s left out), or null when one is invalid.</summary>
    private static IndexOptions? IndexOptions(MappingReader reader, string? expression, int columns, string what, FileDiagnostics diagnostics)
    {
        var valid = true;
        var where = Conversion(reader, "where", what, diagnostics);
        string? method = null;
        if (reader.Scalar("using") is { } methodNode)
        {
            if (!Model.IndexOptions.Methods.Contains(methodNode.Value))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, methodNode.Location, $"'using' of {what} must be one of {string.Join(", ", Model.IndexOptions.Methods)}.");
                valid = false;
            }
            else if (methodNode.Value != "btree")
            {
                method = methodNode.Value;
            }
        }

        var ops = reader.ScalarList("ops") ?? System.Array.Empty<YamlScalar>();
        var order = reader.ScalarList("order") ?? System.Array.Empty<YamlScalar>();
        foreach (var (key, items) in new[] { ("ops", ops), ("order", order) })
        {
            if (items.Length > columns)
            {
                diagnostics.Add(Descriptors.MigrationBadValue, items[columns].Location, $"'{key}' of {what} lists {items.Length} items for {columns} column(s).");
                valid = false;
            }
        }

        foreach (var op in ops.Where(o => !IdentifierShapes.IsOperatorClass(o.Value)))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, op.Location, $"'{Wording.Shorten(op.Value)}' in 'ops' of {what} is not an operator class name.");
            valid = false;
        }

        foreach (var item in order.Where(o => o.Value is not ("asc" or "desc")))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, item.Location, $"Each item of 'order' of {what} must be asc or desc.");
            valid = false;
        }

        var orders = order.Select(o => o.Value).ToList();
        while (orders.Count > 0 && orders[orders.Count - 1] == "asc")
        {
            orders.RemoveAt(orders.Count - 1);
        }

        return valid ? new IndexOptions(where, expression, method, new EquatableArray<string>(System.Array.ConvertAll(ops, o => o.Value)), orders.ToEquatableArray()) : null;
    }
}
