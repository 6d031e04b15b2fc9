using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The triggers that keep <c>auto_update</c> timestamps current, one per column, named
/// <c>tg_&lt;table&gt;_&lt;column&gt;_auto_update</c> (<see cref="IndexNames.AutoUpdate"/>; on PostgreSQL its function has
/// the same name). An UPDATE that leaves the column as it was gets the current time; one that sets it keeps its value.
/// Each step drops the triggers its table loses (before the step, while the column is still there) and creates the
/// ones it gains (after); a SQLite rebuild drops its table's triggers with the table and creates the new shape's.
/// </summary>
internal static class AutoUpdateTriggers
{
    /// <summary>
    /// What a trigger depends on: renaming the table or column, changing the column's type, or a stored form that changes
    /// the dialect's clock (<see cref="Clock"/>) replaces it.
    /// </summary>
    private sealed record Trigger(string Table, ColumnShape Column, string Clock)
    {
        public string Name => IndexNames.AutoUpdate(Table, Column.Name);
    }

    public static IEnumerable<string> PostgresBefore(OperationStep step) =>
        Lost(step, sqlite: false).SelectMany(t => new[] { $"DROP TRIGGER {Quote(t.Name)} ON {Quote(t.Table)}", $"DROP FUNCTION {Quote(t.Name)}()" });

    public static IEnumerable<string> PostgresAfter(OperationStep step) =>
        Gained(step, sqlite: false).SelectMany(t => new[]
        {
            $"CREATE FUNCTION {Quote(t.Name)}() RETURNS trigger LANGUAGE plpgsql AS $biab$ BEGIN "
                + $"IF NEW.{Quote(t.Column.Name)} IS NOT DISTINCT FROM OLD.{Quote(t.Column.Name)} THEN NEW.{Quote(t.Column.Name)} := {t.Clock}; END IF; "
                + "RETURN NEW; END $biab$",
            $"CREATE TRIGGER {Quote(t.Name)} BEFORE UPDATE ON {Quote(t.Table)} FOR EACH ROW EXECUTE FUNCTION {Quote(t.Name)}()",
        });

    /// <summary>
    /// A statement of the migration's own that updates rows (the backfill before a column becomes required), with the
    /// table's triggers off around it: it is not an edit of the rows, so their timestamps stay, as SQLite's rebuild,
    /// which copies rows without firing triggers, keeps them. One statement text, so PostgreSQL runs the three as one
    /// implicit transaction in a <c>transaction: false</c> migration too: an UPDATE that fails cannot leave a trigger off.
    /// </summary>
    public static string PostgresUntriggered(OperationStep step, string update)
    {
        var kept = Of(step.Before, sqlite: false).Intersect(Of(step.After, sqlite: false)).ToList();
        if (kept.Count == 0)
        {
            return update;
        }

        var table = Quote(kept[0].Table);
        return string.Join("; ", kept.Select(t => $"ALTER TABLE {table} DISABLE TRIGGER {Quote(t.Name)}")
            .Append(update)
            .Concat(kept.Select(t => $"ALTER TABLE {table} ENABLE TRIGGER {Quote(t.Name)}")));
    }

    public static IEnumerable<string> SqliteBefore(OperationStep step) => Lost(step, sqlite: true).Select(t => $"DROP TRIGGER {Quote(t.Name)}");

    public static IEnumerable<string> SqliteAfter(OperationStep step) => Gained(step, sqlite: true).Select(SqliteCreate);

    /// <summary>Every trigger of a table, for the end of a SQLite rebuild (DROP TABLE took the old ones).</summary>
    public static IEnumerable<string> SqliteAll(TableShape table) => Of(table, sqlite: true).Select(SqliteCreate);

    /// <summary>The trigger names of a table, for the manifest (the runtime does not report them as foreign).</summary>
    public static IEnumerable<string> Names(TableShape table) => Of(table, sqlite: false).Select(t => t.Name);

    private static string SqliteCreate(Trigger t) =>
        $"CREATE TRIGGER {Quote(t.Name)} AFTER UPDATE ON {Quote(t.Table)} FOR EACH ROW WHEN NEW.{Quote(t.Column.Name)} IS OLD.{Quote(t.Column.Name)} "
        + $"BEGIN UPDATE {Quote(t.Table)} SET {Quote(t.Column.Name)} = {t.Clock} WHERE rowid = NEW.rowid; END";

    /// <summary>
    /// UTC like <c>now</c>, unless the column's default says the session's zone (<c>current_timestamp</c>, which SQLite
    /// does not have); on SQLite a datetimetz's with the offset in its current stored form.
    /// </summary>
    private static string Clock(ColumnShape column, bool sqlite) =>
        sqlite ? SqliteClock(column.Type) : Value(column.Type, column.Default is { Kind: DefaultKind.CurrentTimestamp } ? column.Default : new DefaultValue(DefaultKind.Now, "now"), sqlite: false);

    private static IEnumerable<Trigger> Of(TableShape? table, bool sqlite) =>
        table is null ? Enumerable.Empty<Trigger>() : table.Columns.Where(c => c.AutoUpdate).Select(c => new Trigger(table.Name, Comparable(c), Clock(c, sqlite)));

    /// <summary>Only what the trigger's text depends on: the stored form only through the clock.</summary>
    private static ColumnShape Comparable(ColumnShape column) =>
        new(column.Name, column.Type with { LegacyStorage = false }, false, false, null, EquatableArray<string>.Empty) { AutoUpdate = true };

    private static IEnumerable<Trigger> Lost(OperationStep step, bool sqlite) => Of(step.Before, sqlite).Except(Of(step.After, sqlite)).ToList();

    private static IEnumerable<Trigger> Gained(OperationStep step, bool sqlite) => Of(step.After, sqlite).Except(Of(step.Before, sqlite)).ToList();
}
