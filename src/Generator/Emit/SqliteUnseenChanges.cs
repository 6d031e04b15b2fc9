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
        && SqliteDdl.CreateTable(before, before.Name) == SqliteDdl.CreateTable(after, after.Name)
        && before.Indexes.Equals(after.Indexes)
        && CopiedUnchanged(old, alter.Column);

    /// <summary>What a rebuild's copy would read for the column is the column itself, with no row to check.</summary>
    private static bool CopiedUnchanged(ColumnShape from, ColumnShape to) =>
        SqliteConversions.Expression(from, to.Type) == Quote(from.Name)
        && SqliteConversions.Invalid(from, to.Type) is null
        && SqliteEnumArrays.Invalid(from, to, Quote(from.Name)) is null;
}
