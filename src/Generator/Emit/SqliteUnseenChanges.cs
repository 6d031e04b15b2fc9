using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// Column changes SQLite's table does not show. Its DDL names no lengths, precisions or scales (a string is TEXT
/// whatever its max_length, a decimal TEXT whatever its digits, a datetime TEXT whatever its fractional digits), keeps
/// an enum as TEXT + CHECK whether or not PostgreSQL has a native type for it, and numbers an identity key and a serial
/// key alike (INTEGER PRIMARY KEY AUTOINCREMENT). When an alter_column changes only such things, the rebuilt table
/// would be the table SQLite has and the copy would move every value unchanged: a rebuild would only copy every row,
/// holding the write lock for as long as that takes on a big table, so SQLite does nothing (PostgreSQL still alters).
/// </summary>
internal static class SqliteUnseenChanges
{
    public static bool Only(OperationStep step) =>
        step.Operation is { Kind: OperationKind.AlterColumn, Backfill: null, SqliteUsing: null } alter
        && step.Before is { } before && step.After is { } after
        && Diff.SchemaState.Column(before, alter.Column.Name) is { } old
        && SameTable(before, old, alter.Column)
        && before.Indexes.Equals(after.Indexes)
        && CopiedUnchanged(old, alter.Column);

    /// <summary>
    /// Whether SQLite's CREATE TABLE reads the same after the step. alter_column replaces only its column, and never
    /// whether it is in the key (SchemaState), so the column's definition is the one part of it that can differ: the
    /// whole table need not be rendered twice.
    /// </summary>
    private static bool SameTable(TableShape table, ColumnShape from, ColumnShape to)
    {
        var inlineKey = table.PrimaryKey.Count <= 1;
        return SqliteDdl.ColumnDefinition(table.Name, from, inlineKey) == SqliteDdl.ColumnDefinition(table.Name, to, inlineKey);
    }

    /// <summary>What a rebuild's copy would read for the column is the column itself, with no row to check.</summary>
    private static bool CopiedUnchanged(ColumnShape from, ColumnShape to) =>
        SqliteConversions.Expression(from, to.Type) == Quote(from.Name)
        && SqliteConversions.Invalid(from, to.Type) is null
        && SqliteEnumArrays.Invalid(from, to, Quote(from.Name)) is null;
}
