using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>One replayed operation → the SQLite statements that perform it.</summary>
internal static class SqliteStatements
{
    public static List<string> For(OperationStep step)
    {
        var statements = Statements(step);
        return NeedsRebuild(step)
            ? statements
            : AutoUpdateTriggers.SqliteBefore(step).Concat(statements).Concat(AutoUpdateTriggers.SqliteAfter(step)).ToList();
    }

    private static List<string> Statements(OperationStep step)
    {
        var op = step.Operation;
        var t = Quote(op.Table);
        switch (op.Kind)
        {
            case OperationKind.CreateTable:
                return new List<string> { SqliteDdl.CreateTable(step.After!, op.Table) };
            case OperationKind.DropTable:
                return new List<string> { $"DROP TABLE {t}" };
            case OperationKind.RenameTable:
                return new List<string> { $"ALTER TABLE {t} RENAME TO {Quote(op.NewName!)}" };
            case OperationKind.AddColumn when !NeedsRebuild(step):
                return new List<string> { $"ALTER TABLE {t} ADD COLUMN {SqliteDdl.ColumnDefinition(op.Table, op.Column)}" };
            case OperationKind.RenameColumn:
                return new List<string> { $"ALTER TABLE {t} RENAME COLUMN {Quote(op.Name!)} TO {Quote(op.NewName!)}" };
            case OperationKind.AlterColumn when !NeedsRebuild(step):
                return new List<string>();
            case OperationKind.AddColumn:
            case OperationKind.AlterColumn:
            case OperationKind.DropColumn:
            case OperationKind.AddForeignKey:
            case OperationKind.DropForeignKey:
            case OperationKind.AddCheck when NeedsRebuild(step):
            case OperationKind.DropCheck when NeedsRebuild(step):
            case OperationKind.AlterPrimaryKey:
                return Rebuild(new[] { step });
            case OperationKind.CreateIndex:
                return new List<string> { SqliteDdl.CreateIndex(op.Table, op.Index) };
            case OperationKind.DropIndex:
                return new List<string> { $"DROP INDEX {Quote(op.Name!)}" };
            case OperationKind.Sql when op.Dialect != SqlDialect.Postgres:
                return new List<string> { op.Sql! };
            default:
                return new List<string>();
        }
    }

    /// <summary>
    /// Whether SQLite can only do this by rebuilding the table: ALTER COLUMN (unless the change is one SQLite's table
    /// does not show, <see cref="SqliteUnseenChanges"/>), and foreign keys and CHECKs after CREATE TABLE do not exist, a
    /// primary key is part of CREATE TABLE, and ADD COLUMN cannot add a key, a NOT NULL column without a constant
    /// default, or a non-constant default. A check written for PostgreSQL only is not on SQLite's table at all.
    /// </summary>
    public static bool NeedsRebuild(OperationStep step) => step.Operation.Kind switch
    {
        OperationKind.AlterColumn => !SqliteUnseenChanges.Only(step),
        OperationKind.DropColumn or OperationKind.AddForeignKey or OperationKind.DropForeignKey or OperationKind.AlterPrimaryKey => true,
        OperationKind.AddCheck => step.Operation.Check!.Sqlite is not null,
        OperationKind.DropCheck => step.Before?.Checks.FirstOrDefault(c => c.Name == step.Operation.Name)?.Sqlite is not null,
        OperationKind.AddColumn => step.Operation.Column is var column
            && (column.PrimaryKey || !(column.Nullable || column.Default is { Kind: DefaultKind.Literal }) || column.Default is { Kind: not DefaultKind.Literal }),
        _ => false,
    };

    /// <summary>
    /// Whether two consecutive steps share one rebuild: both rebuild the same table, and neither carries a
    /// <c>sqlite_using</c>, which reads the column as it is just before its own step (a shared rebuild copies from the
    /// table as it was before the first of the steps).
    /// </summary>
    public static bool ShareRebuild(OperationStep first, OperationStep second) =>
        NeedsRebuild(first) && NeedsRebuild(second) && first.Operation.Table == second.Operation.Table
        && first.Operation.SqliteUsing is null && second.Operation.SqliteUsing is null;

    /// <summary>One rebuild for consecutive steps on one table: a migration that alters three columns copies the rows once.</summary>
    public static List<string> Rebuild(IReadOnlyList<OperationStep> steps)
    {
        var backfills = new Dictionary<string, DefaultValue>(System.StringComparer.Ordinal);
        var conversions = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (step.Operation is { Kind: OperationKind.AlterColumn, Backfill: { } backfill } alter)
            {
                backfills[alter.Column.Name] = backfill;
            }

            // Like PostgreSQL's USING, the expression converts a type change and nothing else.
            if (step.Operation is { Kind: OperationKind.AlterColumn, SqliteUsing: { } sqliteUsing } changed
                && Diff.SchemaState.Column(step.Before!, changed.Column.Name)?.Type != changed.Column.Type)
            {
                conversions[changed.Column.Name] = sqliteUsing;
            }
        }

        return SqliteDdl.Rebuild(steps[0].Before!, steps[steps.Count - 1].After!, backfills, conversions);
    }
}
