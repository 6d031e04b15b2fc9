using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// One replayed operation → C# statements on the FluentMigrator API for PostgreSQL (FluentMigrator quotes every
/// identifier and renders every value). Only what the fluent API cannot say goes through <c>Execute.Sql</c>:
/// a type change with <c>USING</c>, the CHECK of an enum column, and the user's own <c>sql:</c> steps.
/// </summary>
internal static class PostgresStatements
{
    private const string Root = "IfDatabase(\"PostgreSQL\")";

    public static List<string> For(OperationStep step)
    {
        var op = step.Operation;
        var t = CodeWriter.Literal(op.Table);
        var statements = (op.Kind switch
        {
            OperationKind.CreateTable => CreateTable(step),
            OperationKind.DropTable => DropTypesAfter(new[] { $"{Root}.Delete.Table({t});" }, step.Before?.Columns ?? EquatableArray<ColumnShape>.Empty),
            OperationKind.RenameTable => RenameTable(step),
            OperationKind.AddColumn => AddColumn(op),
            OperationKind.DropColumn => DropTypesAfter(new[] { $"{Root}.Delete.Column({CodeWriter.Literal(op.Name!)}).FromTable({t});" }, step.Before is { } table && SchemaState.Column(table, op.Name!) is { } dropped ? new[] { dropped } : System.Array.Empty<ColumnShape>()),
            OperationKind.RenameColumn => RenameColumn(step),
            OperationKind.AlterColumn => AlterColumn(step),
            OperationKind.CreateIndex => new[] { CreateIndex(op) },
            OperationKind.DropIndex => new[] { $"{Root}.Delete.Index({CodeWriter.Literal(op.Name!)}).OnTable({t});" },
            OperationKind.AddForeignKey => new[] { AddForeignKey(op) },
            OperationKind.DropForeignKey => new[] { $"{Root}.Delete.ForeignKey({CodeWriter.Literal(op.Name!)}).OnTable({t});" },
            OperationKind.AddCheck => PostgresConstraints.AddCheck(op.Table, op.Check!),
            OperationKind.DropCheck => PostgresConstraints.DropCheck(step),
            OperationKind.AlterPrimaryKey => PostgresKeys.AlterPrimaryKey(op.Table, op.PrimaryKey).Select(Sql),
            OperationKind.Sql when op.Dialect != SqlDialect.Sqlite => new[] { $"{Root}.Execute.Sql({CodeWriter.Literal(op.Sql!)});" },
            _ => Enumerable.Empty<string>(),
        }).ToList();
        return AutoUpdateTriggers.PostgresBefore(step).Select(Sql).Concat(statements).Concat(AutoUpdateTriggers.PostgresAfter(step).Select(Sql)).ToList();
    }

    private static string Sql(string sql) => $"{Root}.Execute.Sql({CodeWriter.Literal(sql)});";

    private static IEnumerable<string> CreateTable(OperationStep step)
    {
        var op = step.Operation;
        var key = step.After?.PrimaryKey ?? EquatableArray<string>.Empty;
        foreach (var column in op.Columns.Where(c => c.NativeEnum is not null))
        {
            yield return Sql(PostgresEnumTypes.Create(column));
        }

        var builder = new System.Text.StringBuilder($"{Root}.Create.Table({CodeWriter.Literal(op.Table)})");
        foreach (var column in op.Columns)
        {
            // A composite key is one constraint in its own order, added after the columns.
            builder.Append("\n    .WithColumn(").Append(CodeWriter.Literal(column.Name)).Append(')').Append(ColumnChain(key.Count > 1 ? column with { PrimaryKey = false } : column, op.PrimaryKeyName));
        }

        yield return builder + ";";
        if (key.Count > 1)
        {
            yield return Sql(PostgresKeys.AddPrimaryKey(op.Table, key, op.PrimaryKeyName));
        }

        foreach (var column in op.Columns.Where(HasCheck))
        {
            yield return AddCheck(op.Table, column);
        }

        foreach (var check in op.Checks.SelectMany(c => PostgresConstraints.AddCheck(op.Table, c)))
        {
            yield return check;
        }
    }

    private static IEnumerable<string> RenameTable(OperationStep step)
    {
        var op = step.Operation;
        yield return $"{Root}.Rename.Table({CodeWriter.Literal(op.Table)}).To({CodeWriter.Literal(op.NewName!)});";
        foreach (var column in (step.Before?.Columns ?? EquatableArray<ColumnShape>.Empty).Where(HasCheck))
        {
            yield return RenameCheck(op.NewName!, IndexNames.Check(op.Table, column.Name), IndexNames.Check(op.NewName!, column.Name));
        }

        foreach (var column in (step.Before?.Columns ?? EquatableArray<ColumnShape>.Empty).Where(c => c.Serial))
        {
            yield return Sql(PostgresSequences.Rename(op.NewName!, column.Name));
        }
    }

    private static IEnumerable<string> AddColumn(Operation op)
    {
        if (op.Column.NativeEnum is not null)
        {
            yield return Sql(PostgresEnumTypes.Create(op.Column));
        }

        yield return $"{Root}.Alter.Table({CodeWriter.Literal(op.Table)}).AddColumn({CodeWriter.Literal(op.Column.Name)}){ColumnChain(op.Column)};";
        if (HasCheck(op.Column))
        {
            yield return AddCheck(op.Table, op.Column);
        }
    }

    private static IEnumerable<string> RenameColumn(OperationStep step)
    {
        var op = step.Operation;
        yield return $"{Root}.Rename.Column({CodeWriter.Literal(op.Name!)}).OnTable({CodeWriter.Literal(op.Table)}).To({CodeWriter.Literal(op.NewName!)});";
        if (step.Before is { } before && SchemaState.Column(before, op.Name!) is { } renamed && HasCheck(renamed))
        {
            yield return RenameCheck(op.Table, IndexNames.Check(op.Table, op.Name!), IndexNames.Check(op.Table, op.NewName!));
        }

        if (step.Before is { } table && SchemaState.Column(table, op.Name!) is { Serial: true })
        {
            yield return Sql(PostgresSequences.Rename(op.Table, op.NewName!));
        }
    }

    private static string CreateIndex(Operation op)
    {
        if (op.IndexOptions != IndexOptions.None)
        {
            return PostgresConstraints.CreateIndex(op.Table, op.Index);
        }

        var index = new System.Text.StringBuilder($"{Root}.Create.Index({CodeWriter.Literal(op.Name!)}).OnTable({CodeWriter.Literal(op.Table)})");
        foreach (var column in op.IndexColumns)
        {
            index.Append(".OnColumn(").Append(CodeWriter.Literal(column)).Append(").Ascending()");
        }

        if (op.Unique)
        {
            index.Append(".WithOptions().Unique()");
        }

        return index + ";";
    }

    private static string AddForeignKey(Operation op)
    {
        var key = op.ForeignKey!;
        if (key.OnDelete == OnDelete.Restrict || key.OnUpdate == OnDelete.Restrict)
        {
            // System.Data.Rule has no Restrict: FluentMigrator would write NO ACTION.
            return Sql(
                $"ALTER TABLE {Quote(op.Table)} ADD CONSTRAINT {Quote(key.Name)} FOREIGN KEY ({Quote(key.Column)}) " +
                $"REFERENCES {Quote(key.TargetTable)} ({Quote(key.TargetColumn)}) ON DELETE {SqliteDdl.OnDeleteSql(key.OnDelete)}{(key.OnUpdate == OnDelete.NoAction ? string.Empty : " ON UPDATE " + SqliteDdl.OnDeleteSql(key.OnUpdate))}");
        }

        var onUpdate = key.OnUpdate == OnDelete.NoAction ? string.Empty : $".OnUpdate(global::System.Data.Rule.{Rule(key.OnUpdate)})";
        return $"{Root}.Create.ForeignKey({CodeWriter.Literal(key.Name)}).FromTable({CodeWriter.Literal(op.Table)}).ForeignColumn({CodeWriter.Literal(key.Column)})"
            + $".ToTable({CodeWriter.Literal(key.TargetTable)}).PrimaryColumn({CodeWriter.Literal(key.TargetColumn)}).OnDelete(global::System.Data.Rule.{Rule(key.OnDelete)}){onUpdate};";
    }

    private static IEnumerable<string> AlterColumn(OperationStep step)
    {
        var op = step.Operation;
        var column = op.Column;
        var old = SchemaState.Column(step.Before!, column.Name)!;
        var table = Quote(op.Table);
        var name = Quote(column.Name);
        var sql = new List<string>();
        if (old.Serial && !column.Serial)
        {
            sql.AddRange(PostgresSequences.Drop(op.Table, column.Name));
        }

        if (old.Identity && !column.Identity)
        {
            sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} DROP IDENTITY");
        }

        if (HasCheck(old))
        {
            sql.Add($"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {Quote(IndexNames.Check(op.Table, column.Name))}");
        }

        var addsLabels = PostgresEnumTypes.AddsLabelsOnly(old, column);
        var nativeChanges = old.NativeEnum != column.NativeEnum || (column.NativeEnum is not null && !old.EnumValues.Equals(column.EnumValues) && !addsLabels);
        var typeChanges = PostgresStoredForms.TypeChanges(old.Type, column.Type) || nativeChanges;
        if (addsLabels)
        {
            sql.AddRange(PostgresEnumTypes.AddLabels(old, column));
        }

        if (typeChanges)
        {
            // The old default may not convert to the new type; it is set again below.
            if (old.Default is not null)
            {
                sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} DROP DEFAULT");
            }

            if (old.NativeEnum is not null || column.NativeEnum is not null)
            {
                sql.AddRange(PostgresEnumTypes.Swap(op.Table, old, column, op.Using));
            }
            else
            {
                var conversion = op.Using ?? PostgresStoredForms.Using(old.Type, column);
                var usingClause = conversion is null ? string.Empty : " USING " + conversion;
                sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} TYPE {PostgresTypes.Of(column.Type)}{usingClause}");
                if (old.Serial && column.Serial)
                {
                    sql.Add(PostgresSequences.Retype(op.Table, column.Name, column.Type));
                }
            }
        }

        if (column.Default is { } value)
        {
            if (old.Default != value || typeChanges)
            {
                sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} SET DEFAULT {SqlLiterals.Value(column.Type, value, sqlite: false, column.NativeEnum)}");
            }
        }
        else if (old.Default is not null && !typeChanges)
        {
            sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} DROP DEFAULT");
        }

        if (op.Backfill is { } backfill)
        {
            sql.Add(AutoUpdateTriggers.PostgresUntriggered(step, $"UPDATE {table} SET {name} = {SqlLiterals.Value(column.Type, backfill, sqlite: false, column.NativeEnum)} WHERE {name} IS NULL"));
        }

        if (old.Nullable != column.Nullable)
        {
            sql.Add($"ALTER TABLE {table} ALTER COLUMN {name} {(column.Nullable ? "DROP" : "SET")} NOT NULL");
        }

        if (HasCheck(column))
        {
            sql.Add($"ALTER TABLE {table} ADD CONSTRAINT {Quote(IndexNames.Check(op.Table, column.Name))} CHECK ({EnumCheck(column)})");
        }

        if (column.Identity && !old.Identity)
        {
            sql.AddRange(PostgresKeys.AddIdentity(op.Table, column.Name));
        }

        if (column.Serial && !old.Serial)
        {
            sql.AddRange(PostgresSequences.Add(op.Table, column.Name, column.Type));
        }

        return sql.Select(Sql);
    }

    /// <summary>An enum column without a native type is varchar + a CHECK named ck_table_column.</summary>
    private static bool HasCheck(ColumnShape column) => column.Type.Kind == FieldType.Enum && column.NativeEnum is null;

    /// <summary>A native enum type goes after the last column that used it.</summary>
    private static IEnumerable<string> DropTypesAfter(IEnumerable<string> statements, IEnumerable<ColumnShape> dropped) =>
        statements.Concat(dropped.Where(c => c.NativeEnum is not null).Select(c => Sql(PostgresEnumTypes.Drop(c.NativeEnum!))));

    /// <summary>Enum CHECKs are found by their name (ck_table_column) when the values change, so a rename of their table or column carries them along.</summary>
    private static string RenameCheck(string table, string from, string to) =>
        $"{Root}.Execute.Sql({CodeWriter.Literal($"ALTER TABLE {Quote(table)} RENAME CONSTRAINT {Quote(from)} TO {Quote(to)}")});";

    private static string AddCheck(string table, ColumnShape column) =>
        $"{Root}.Execute.Sql({CodeWriter.Literal($"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(IndexNames.Check(table, column.Name))} CHECK ({EnumCheck(column)})")});";

    /// <summary>The fluent chain after WithColumn/AddColumn: type, nullability, key, default.</summary>
    /// <param name="primaryKeyName">The key's name; without one FluentMigrator names it PK_table, as files written before keys had names expect.</param>
    private static string ColumnChain(ColumnShape column, string? primaryKeyName = null)
    {
        var type = column.Type;
        var chain = column.Serial ? $".AsCustom({CodeWriter.Literal(PostgresSequences.SerialType(type))})"
            : column.NativeEnum is not null ? $".AsCustom({CodeWriter.Literal(PostgresTypes.Of(column))})"
            : type.Array || type.Custom is not null || (FieldTypes.IsTemporal(type.Kind) && type.Precision is not null) ? $".AsCustom({CodeWriter.Literal(PostgresTypes.Of(type))})" : type.Kind switch
        {
            FieldType.Uuid => ".AsGuid()",
            FieldType.String or FieldType.Enum => type.Length is { } length ? $".AsString({length.ToString(CultureInfo.InvariantCulture)})" : ".AsCustom(\"varchar\")",
            FieldType.Text => ".AsCustom(\"text\")",
            FieldType.Integer => ".AsInt32()",
            FieldType.BigInt => ".AsInt64()",
            FieldType.Float => ".AsDouble()",
            FieldType.Decimal => $".AsDecimal({(type.Precision ?? 18).ToString(CultureInfo.InvariantCulture)}, {(type.Scale ?? 0).ToString(CultureInfo.InvariantCulture)})",
            FieldType.Boolean => ".AsBoolean()",
            FieldType.Date => ".AsDate()",
            FieldType.DateTime => type.LegacyStorage ? ".AsDateTime()" : ".AsCustom(\"timestamptz\")",
            FieldType.DateTimeTz => ".AsDateTimeOffset()",
            FieldType.Json => ".AsCustom(\"jsonb\")",
            FieldType.Binary => ".AsBinary()",
            FieldType.SmallInt => ".AsInt16()",
            FieldType.Timestamp => ".AsDateTime()",
            _ => $".AsCustom({CodeWriter.Literal(PostgresTypes.Of(type))})",
        };
        chain += column.Nullable ? ".Nullable()" : ".NotNullable()";
        if (column.PrimaryKey)
        {
            chain += primaryKeyName is null ? ".PrimaryKey()" : $".PrimaryKey({CodeWriter.Literal(primaryKeyName)})";
        }

        if (column.Identity)
        {
            // BY DEFAULT, unlike ALWAYS, still accepts explicit ids (imports, fixtures, hand-written SQL).
            chain += ".Identity(global::FluentMigrator.PostgresGenerationType.ByDefault)";
        }

        if (column.Default is { } value)
        {
            chain += DefaultChain(type, value, column.NativeEnum);
        }

        return chain;
    }

    private static string DefaultChain(ColumnType type, DefaultValue value, string? native)
    {
        if (value.Kind != DefaultKind.Literal)
        {
            return $".WithDefaultValue(global::FluentMigrator.RawSql.Insert({CodeWriter.Literal(SqlLiterals.Value(type, value, sqlite: false, native))}))";
        }

        var literal = type.Array ? null : type.Kind switch
        {
            FieldType.Integer or FieldType.SmallInt or FieldType.Boolean => value.Value,
            FieldType.BigInt => value.Value + "L",
            FieldType.Float => value.Value + "d",
            FieldType.Real => value.Value + "f",
            FieldType.Decimal => value.Value + "m",
            FieldType.String or FieldType.Char or FieldType.Text or FieldType.Enum => CodeWriter.Literal(value.Value),
            _ => null,
        };

        // Dates, times, timestamps, uuids, json and arrays: FluentMigrator would format them with the current culture or
        // without a cast; the canonical text of the validated value is the literal instead.
        return literal is not null
            ? $".WithDefaultValue({literal})"
            : $".WithDefaultValue(global::FluentMigrator.RawSql.Insert({CodeWriter.Literal(SqlLiterals.Value(type, value, sqlite: false, native))}))";
    }

    private static string Rule(OnDelete onDelete) => onDelete switch
    {
        OnDelete.Cascade => "Cascade",
        OnDelete.SetNull => "SetNull",
        _ => "None",
    };
}
