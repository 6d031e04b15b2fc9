using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// Operations → the <c>up:</c>/<c>down:</c> text of a migration file, in the flow style people write by hand.
/// What it writes, the migration parser reads back to the same operations.
/// </summary>
internal static class OperationYamlWriter
{
    public static string Write(EquatableArray<Operation> up, EquatableArray<Operation> down) =>
        Write(up, down, EquatableArray<PendingWarning>.Empty).Text;

    /// <summary>
    /// The text with each rollback warning as a comment above the down step it concerns, where the user edits it,
    /// and the 1-based line of each such comment within the text (`migrate generate` names it).
    /// </summary>
    public static AnnotatedYaml Write(EquatableArray<Operation> up, EquatableArray<Operation> down, EquatableArray<PendingWarning> warnings)
    {
        var text = new StringBuilder();
        var notes = new List<YamlNote>();
        text.Append(Shared.StoredFormsLine.Text);
        if (up.Any(op => op.AddsNativeLabels))
        {
            text.Append(NoTransaction);
        }

        List("up", up, text, System.Array.Empty<PendingWarning>(), notes);
        List("down", down, text, warnings.Where(w => w.DownStep is not null).ToList(), notes);
        return new AnnotatedYaml(text.ToString(), notes);
    }

    private static void List(string key, EquatableArray<Operation> operations, StringBuilder text, IReadOnlyList<PendingWarning> warnings, List<YamlNote> notes)
    {
        if (operations.IsEmpty)
        {
            text.Append(key).Append(": []\n");
            return;
        }

        text.Append(key).Append(":\n");
        foreach (var op in operations)
        {
            foreach (var warning in warnings.Where(w => w.DownStep == op))
            {
                notes.Add(new YamlNote(warning.Message, Lines(text) + 1));
                text.Append("  # ").Append(warning.Message).Append('\n');
            }

            text.Append(Operation(op));
        }
    }

    private static int Lines(StringBuilder text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static string Operation(Operation op)
    {
        var t = Scalar(op.Table);

        // The operation's name comes from the same table the parser reads it with.
        var item = $"  - {EnumNames.Operations.Name(op.Kind)}:";
        switch (op.Kind)
        {
            case OperationKind.CreateTable:
                var create = new StringBuilder($"{item}\n      table: {t}\n");
                if (op.PrimaryKeyName is { } keyName)
                {
                    create.Append("      primary_key_name: ").Append(Scalar(keyName)).Append('\n');
                }

                if (op.PrimaryKey.Count > 1)
                {
                    create.Append("      primary_key: ").Append(Names(op.PrimaryKey)).Append('\n');
                }

                create.Append("      columns:\n");
                foreach (var column in op.Columns)
                {
                    create.Append("        - ").Append(Column(column)).Append('\n');
                }

                if (!op.Checks.IsEmpty)
                {
                    create.Append("      checks:\n");
                    foreach (var check in op.Checks)
                    {
                        create.Append("        - { name: ").Append(Scalar(check.Name)).Append(", sql: ").Append(CheckSql(check)).Append(" }\n");
                    }
                }

                return create.ToString();
            case OperationKind.DropTable:
                return $"{item} {{ table: {t} }}\n";
            case OperationKind.RenameTable:
                return $"{item} {{ table: {t}, to: {Scalar(op.NewName!)} }}\n";
            case OperationKind.AddColumn:
                return $"{item} {{ table: {t}, column: {Column(op.Column)} }}\n";
            case OperationKind.AlterColumn:
                var alter = $"{item} {{ table: {t}, column: {Column(op.Column)}";
                if ((op.Using ?? (op.ProposesCast ? PostgresTypes.ProposedUsing(op.Column, op.CastFrom) : null)) is { } usingText)
                {
                    alter += $", using: {Scalar(usingText)}";
                }

                if (op.Backfill is not null)
                {
                    alter += $", backfill: {Scalar(op.Backfill.Value)}";
                }

                return alter + " }\n";
            case OperationKind.DropColumn:
                return $"{item} {{ table: {t}, column: {Scalar(op.Name!)} }}\n";
            case OperationKind.RenameColumn:
                return $"{item} {{ table: {t}, column: {Scalar(op.Name!)}, to: {Scalar(op.NewName!)} }}\n";
            case OperationKind.CreateIndex:
                return $"{item} {{ table: {t}, name: {Scalar(op.Name!)}, columns: [{string.Join(", ", op.IndexColumns.Select(Scalar))}]{(op.Unique ? ", unique: true" : string.Empty)}{IndexOptions(op.IndexOptions)} }}\n";
            case OperationKind.AddCheck:
                return $"{item} {{ table: {t}, name: {Scalar(op.Check!.Name)}, sql: {CheckSql(op.Check)} }}\n";
            case OperationKind.DropCheck:
                return $"{item} {{ table: {t}, name: {Scalar(op.Name!)} }}\n";
            case OperationKind.DropIndex:
                return $"{item} {{ table: {t}, name: {Scalar(op.Name!)} }}\n";
            case OperationKind.AddForeignKey:
                var key = op.ForeignKey!;
                return $"{item} {{ table: {t}, column: {Scalar(key.Column)}, references: {{ table: {Scalar(key.TargetTable)}, column: {Scalar(key.TargetColumn)} }}, on_delete: {EnumNames.OnDelete.Name(key.OnDelete)}{(key.OnUpdate == OnDelete.NoAction ? string.Empty : ", on_update: " + EnumNames.OnDelete.Name(key.OnUpdate))}, name: {Scalar(key.Name)} }}\n";
            case OperationKind.DropForeignKey:
                return $"{item} {{ table: {t}, name: {Scalar(op.Name!)} }}\n";
            case OperationKind.AlterPrimaryKey:
                return $"{item} {{ table: {t}, columns: {Names(op.PrimaryKey)} }}\n";
            case OperationKind.Code:
                return $"{item} {op.Name}\n";
            default:
                var sql = $"{item} {Scalar(op.Sql!)}\n";
                return op.Dialect == SqlDialect.Any ? sql : sql + $"    dialect: {(op.Dialect == SqlDialect.Postgres ? "postgres" : "sqlite")}\n";
        }
    }

    /// <summary>One text when both dialects have the same condition, else the dialects that have one.</summary>
    private static string CheckSql(CheckShape check)
    {
        if (check.Postgres == check.Sqlite)
        {
            return Scalar(check.Postgres!);
        }

        var dialects = new List<string>();
        if (check.Postgres is not null)
        {
            dialects.Add("postgres: " + Scalar(check.Postgres));
        }

        if (check.Sqlite is not null)
        {
            dialects.Add("sqlite: " + Scalar(check.Sqlite));
        }

        return "{ " + string.Join(", ", dialects) + " }";
    }

    private static string IndexOptions(IndexOptions options)
    {
        var text = new StringBuilder();
        if (options.Expression is { } expression)
        {
            text.Append(", expression: ").Append(Scalar(expression));
        }

        if (options.Where is { } where)
        {
            text.Append(", where: ").Append(Scalar(where));
        }

        if (options.Method is { } method)
        {
            text.Append(", using: ").Append(method);
        }

        if (!options.Ops.IsEmpty)
        {
            text.Append(", ops: [").Append(string.Join(", ", options.Ops.Select(Scalar))).Append(']');
        }

        if (!options.Order.IsEmpty)
        {
            text.Append(", order: [").Append(string.Join(", ", options.Order)).Append(']');
        }

        return text.ToString();
    }

    private static string Column(ColumnShape column)
    {
        var parts = new List<string> { "name: " + Scalar(column.Name), "type: " + EnumNames.FieldTypes.Name(column.Type.Kind) };
        if (column.Type.Kind is FieldType.String or FieldType.Char && column.Type.Length is { } length)
        {
            parts.Add("max_length: " + length.ToString(CultureInfo.InvariantCulture));
        }

        if (FieldTypes.IsTemporal(column.Type.Kind) && column.Type.Precision is { } digits)
        {
            parts.Add("precision: " + digits.ToString(CultureInfo.InvariantCulture));
        }

        if (column.Type.Array)
        {
            parts.Add("array: true");
        }

        if (column.Type.Custom is { } custom)
        {
            parts.Add($"sql_type: {{ postgres: {Scalar(custom.Postgres)}, sqlite: {Scalar(custom.Sqlite)} }}");
        }

        if (column.Type.Kind == FieldType.Decimal)
        {
            parts.Add("precision: " + (column.Type.Precision ?? 18).ToString(CultureInfo.InvariantCulture));
            parts.Add("scale: " + (column.Type.Scale ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        if (column.Type.LegacyStorage)
        {
            parts.Add($"{StoredForms.ColumnKey}: {StoredForms.Legacy.ToString(CultureInfo.InvariantCulture)}");
        }

        if (column.PrimaryKey)
        {
            parts.Add("primary: true");
        }
        else if (!column.Nullable)
        {
            parts.Add("required: true");
        }

        // The parser's default: an integer or bigint key is numbered, any other column is not.
        if (column.Serial)
        {
            parts.Add("identity: " + Parsing.IdentityOption.Serial);
        }
        else if (column.Identity != (column.PrimaryKey && FieldTypes.CanBeIdentity(column.Type.Kind)))
        {
            parts.Add("identity: " + (column.Identity ? "true" : "false"));
        }

        if (column.AutoUpdate)
        {
            parts.Add("auto_update: true");
        }

        if (column.Default is { Kind: DefaultKind.Sql } sql)
        {
            parts.Add("default_sql: " + (sql.SqliteSql is { } sqlite ? $"{{ postgres: {Scalar(sql.Value)}, sqlite: {Scalar(sqlite)} }}" : Scalar(sql.Value)));
        }
        else if (column.Default is { } value)
        {
            parts.Add("default: " + (column.Type.Array ? Names((LabelLists.Parse(value.Value) ?? new List<string>()).ToEquatableArray()) : Scalar(value.Value)));
        }

        if (column.Type.Kind == FieldType.Enum)
        {
            parts.Add("values: [" + string.Join(", ", column.EnumValues.Select(Scalar)) + "]");
            if (column.NativeEnum is { } native)
            {
                parts.Add("native: " + Scalar(native));
            }
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string Names(EquatableArray<string> names) => "[" + string.Join(", ", names.Select(Scalar)) + "]";

        /// <summary>PostgreSQL cannot use an enum label in the transaction that added it (and before version 12 not add one inside a transaction block at all).</summary>
    public const string NoTransaction =
        "# Adds a label to a native enum type: PostgreSQL runs ALTER TYPE ... ADD VALUE only outside a transaction\n"
        + "# block and cannot use the new label in the transaction that added it, so this migration runs without one.\n"
        + "transaction: false\n";

    /// <summary>Every value sits in a flow mapping (<c>{ table: t, ... }</c>).</summary>
    public static string Scalar(string value) => Shared.YamlScalars.Write(value, inFlow: true);
}

/// <summary>Migration-file text and the comments written into it.</summary>
internal sealed record AnnotatedYaml(string Text, IReadOnlyList<YamlNote> Notes);

/// <summary>A warning written as a comment at <paramref name="Line"/> (1-based, within the text).</summary>
internal sealed record YamlNote(string Message, int Line);
