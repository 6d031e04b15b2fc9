using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// What a migration's up can lose, from its operations replayed in place: the BIAB201 kinds (a dropped table or
/// column, a narrowing type change, removed enum values) and the statements of hand-written <c>sql:</c> steps that can
/// lose data (<see cref="HandWrittenSqlLoss"/>), so `migrate up --backup` knows which pending runs need one. A
/// <c>code:</c> step's C# is not read.
/// </summary>
internal static class MigrationDataLoss
{
    public static IEnumerable<string> Of(MigrationPlan plan)
    {
        foreach (var step in plan.Up)
        {
            var operation = step.Operation;
            switch (operation.Kind)
            {
                case OperationKind.DropTable:
                    yield return $"drops table {operation.Table} and all its rows";
                    break;
                case OperationKind.DropColumn:
                    yield return $"drops column {operation.Table}.{operation.Name} and its data";
                    break;
                case OperationKind.Sql when operation.Sql is { } sql:
                    foreach (var loss in HandWrittenSqlLoss.Of(sql))
                    {
                        yield return loss;
                    }

                    break;
                case OperationKind.AlterColumn when !operation.Columns.IsEmpty && Old(step) is { } old:
                    foreach (var loss in Altered(operation.Table, old, operation.Column))
                    {
                        yield return loss;
                    }

                    break;
            }
        }
    }

    private static ColumnShape? Old(OperationStep step) =>
        step.Before?.Columns.FirstOrDefault(c => c.Name == step.Operation.Column.Name);

    private static IEnumerable<string> Altered(string table, ColumnShape old, ColumnShape column)
    {
        if (old.Type != column.Type && !ColumnChanges.IsWidening(old.Type, column.Type))
        {
            yield return $"narrows {table}.{column.Name} from {ColumnChanges.Describe(old.Type)} to {ColumnChanges.Describe(column.Type)}";
        }

        var removed = old.EnumValues.Where(v => !column.EnumValues.Contains(v)).ToList();
        if (removed.Count > 0)
        {
            yield return $"removes the value(s) {string.Join(", ", removed)} of {table}.{column.Name}";
        }
    }
}
