using System.Collections.Generic;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>One replayed operation → the SQLite statements that perform it.</summary>
internal static class SqliteStatements
{
    public static List<string> For(OperationStep step)
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
            case OperationKind.AddColumn:
                // ADD COLUMN cannot add a key, a NOT NULL column without a constant default, or a non-constant default.
                var column = op.Column;
                var inPlace = !column.PrimaryKey
                    && (column.Nullable || column.Default is { Kind: DefaultKind.Literal })
                    && column.Default is null or { Kind: DefaultKind.Literal };
                return inPlace
                    ? new List<string> { $"ALTER TABLE {t} ADD COLUMN {SqliteDdl.ColumnDefinition(op.Table, column)}" }
                    : SqliteDdl.Rebuild(step.Before!, step.After!);
            case OperationKind.RenameColumn:
                return new List<string> { $"ALTER TABLE {t} RENAME COLUMN {Quote(op.Name!)} TO {Quote(op.NewName!)}" };
            case OperationKind.AlterColumn:
                return SqliteDdl.Rebuild(step.Before!, step.After!, op.Backfill, op.Column.Name);
            case OperationKind.DropColumn:
            case OperationKind.AddForeignKey:
            case OperationKind.DropForeignKey:
                return SqliteDdl.Rebuild(step.Before!, step.After!);
            case OperationKind.CreateIndex:
                return new List<string> { SqliteDdl.CreateIndex(op.Table, new IndexShape(op.Name!, op.IndexColumns, op.Unique)) };
            case OperationKind.DropIndex:
                return new List<string> { $"DROP INDEX {Quote(op.Name!)}" };
            case OperationKind.Sql when op.Dialect != SqlDialect.Postgres:
                return new List<string> { op.Sql! };
            default:
                return new List<string>();
        }
    }
}
