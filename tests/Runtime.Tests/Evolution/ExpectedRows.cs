using System.Collections.Immutable;

namespace BackendInABox.Runtime.Tests.Evolution;

/// <summary>
/// Every row the fuzzer inserted, as it must read back now: table → id → column → value text. A step changes it only
/// as its <see cref="StepEffect"/> declares.
/// </summary>
internal sealed record ExpectedRows(ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>> Tables)
{
    public static readonly ExpectedRows Empty = new(ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>>.Empty);

    /// <summary>The rows after a step's up: lost data gone, renames followed, new defaults and backfills written, new tables empty.</summary>
    public ExpectedRows After(StepEffect effect, EvolutionSchema schema)
    {
        var tables = Tables;
        foreach (var table in effect.DroppedTables)
        {
            tables = tables.Remove(table);
        }

        foreach (var (table, column) in effect.DroppedColumns)
        {
            tables = Update(tables, table, row => row.Remove(column));
        }

        foreach (var (table, from, to) in effect.RenamedColumns)
        {
            tables = Update(tables, table, row => row.Remove(from).Add(to, row[from]));
        }

        foreach (var (table, column, value) in effect.AddedColumns)
        {
            tables = Update(tables, table, row => row.Add(column, value));
        }

        foreach (var (table, column, value) in effect.Backfills)
        {
            tables = Update(tables, table, row => row[column] is null ? row.SetItem(column, value) : row);
        }

        foreach (var model in schema.Models.Where(m => !tables.ContainsKey(m.Table)))
        {
            tables = tables.Add(model.Table, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>.Empty);
        }

        return new ExpectedRows(tables);
    }

    /// <summary>
    /// The rows after the down of that step, from the rows before its up: a table it dropped comes back empty, and a
    /// column it dropped comes back without its values (both declared losses); a backfill stays.
    /// </summary>
    public ExpectedRows AfterDown(StepEffect effect, ExpectedRows afterUp)
    {
        var tables = Tables;
        foreach (var table in effect.DroppedTables)
        {
            tables = tables.SetItem(table, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>.Empty);
        }

        foreach (var (table, column) in effect.DroppedColumns)
        {
            tables = Update(tables, table, row => row.Remove(column));
        }

        foreach (var (table, column, _) in effect.Backfills)
        {
            tables = Update(tables, table, (id, row) => row.SetItem(column, afterUp.Tables[table][id][column]));
        }

        return new ExpectedRows(tables);
    }

    public ExpectedRows WithRow(string table, long id, ImmutableDictionary<string, string?> row) =>
        new(Tables.SetItem(table, Tables[table].Add(id, row)));

    private static ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>> Update(
        ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>> tables,
        string table,
        Func<ImmutableDictionary<string, string?>, ImmutableDictionary<string, string?>> change) =>
        Update(tables, table, (_, row) => change(row));

    private static ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>> Update(
        ImmutableDictionary<string, ImmutableSortedDictionary<long, ImmutableDictionary<string, string?>>> tables,
        string table,
        Func<long, ImmutableDictionary<string, string?>, ImmutableDictionary<string, string?>> change) =>
        tables.TryGetValue(table, out var rows)
            ? tables.SetItem(table, rows.ToImmutableSortedDictionary(r => r.Key, r => change(r.Key, r.Value)))
            : tables;
}
