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
    public static string Write(EquatableArray<Operation> up, EquatableArray<Operation> down)
    {
        var text = new StringBuilder();
        Write(up, down, EquatableArray<PendingWarning>.Empty, new PlainText(text));
        return text.ToString();
    }

    /// <summary>
    /// Writes the text with each rollback warning as a comment above the down step it concerns, where the user edits
    /// it, and returns the 1-based line of each such comment within the text (`migrate generate` names it).
    /// </summary>
    public static List<YamlNote> Write(EquatableArray<Operation> up, EquatableArray<Operation> down, EquatableArray<PendingWarning> warnings, LiteralText text)
    {
        var notes = new List<YamlNote>();
        text.Append(Shared.StoredFormsLine.Text);
        if (up.Any(op => op.AddsNativeLabels))
        {
            text.Append(NoTransaction);
        }

        List("up", up, text, System.Array.Empty<PendingWarning>(), notes);
        List("down", down, text, warnings.Where(w => w.DownStep is not null).ToList(), notes);
        return notes;
    }

    private static void List(string key, EquatableArray<Operation> operations, LiteralText text, IReadOnlyList<PendingWarning> warnings, List<YamlNote> notes)
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
                notes.Add(new YamlNote(warning.Message, text.Lines + 1));
                text.Append("  # ").Append(warning.Message).Append('\n');
            }

            Operation(op, text);
        }
    }

    /// <summary>
    /// The common operations (a new table's columns, indexes and keys: nearly all of a first migration's hundreds of
    /// kilobytes) are appended piece by piece; the rarer ones as one formatted line.
    /// </summary>
    private static void Operation(Operation op, LiteralText text)
    {
        var t = Scalar(op.Table);

        // The operation's name comes from the same table the parser reads it with.
        text.Append("  - ").Append(EnumNames.Operations.Name(op.Kind)).Append(':');
        switch (op.Kind)
        {
            case OperationKind.CreateTable:
                text.Append("\n      table: ").Append(t).Append('\n');
                if (op.PrimaryKeyName is { } keyName)
                {
                    text.Append("      primary_key_name: ").Append(Scalar(keyName)).Append('\n');
                }

                if (op.PrimaryKey.Count > 1)
                {
                    text.Append("      primary_key: ");
                    AppendNames(op.PrimaryKey, text);
                    text.Append('\n');
                }

                text.Append("      columns:\n");
                foreach (var column in op.Columns)
                {
                    text.Append("        - ");
                    Column(column, text);
                    text.Append('\n');
                }

                if (!op.Checks.IsEmpty)
                {
                    text.Append("      checks:\n");
                    foreach (var check in op.Checks)
                    {
                        text.Append("        - { name: ").Append(Scalar(check.Name)).Append(", sql: ").Append(CheckSql(check)).Append(" }\n");
                    }
                }

                return;
            case OperationKind.AddColumn:
                text.Append(" { table: ").Append(t).Append(", column: ");
                Column(op.Column, text);
                text.Append(" }\n");
                return;
            case OperationKind.AlterColumn:
                text.Append(" { table: ").Append(t).Append(", column: ");
                Column(op.Column, text);
                if ((op.Using ?? (op.ProposesCast ? PostgresTypes.ProposedUsing(op.Column, op.CastFrom) : null)) is { } usingText)
                {
                    text.Append(", using: ").Append(Scalar(usingText));
                }

                if (op.Backfill is not null)
                {
                    text.Append(", backfill: ").Append(Scalar(op.Backfill.Value));
                }

                text.Append(" }\n");
                return;
            case OperationKind.CreateIndex:
                text.Append(" { table: ").Append(t).Append(", name: ").Append(Scalar(op.Name!)).Append(", columns: ");
                AppendNames(op.IndexColumns, text);
                if (op.Unique)
                {
                    text.Append(", unique: true");
                }

                IndexOptions(op.IndexOptions, text);
                text.Append(" }\n");
                return;
            case OperationKind.AddForeignKey:
                var key = op.ForeignKey!;
                text.Append(" { table: ").Append(t).Append(", column: ").Append(Scalar(key.Column))
                    .Append(", references: { table: ").Append(Scalar(key.TargetTable)).Append(", column: ").Append(Scalar(key.TargetColumn))
                    .Append(" }, on_delete: ").Append(EnumNames.OnDelete.Name(key.OnDelete));
                if (key.OnUpdate != OnDelete.NoAction)
                {
                    text.Append(", on_update: ").Append(EnumNames.OnDelete.Name(key.OnUpdate));
                }

                text.Append(", name: ").Append(Scalar(key.Name)).Append(" }\n");
                return;
            case OperationKind.DropTable:
                text.Append(" { table: ").Append(t).Append(" }\n");
                return;
            case OperationKind.DropColumn:
            case OperationKind.RenameColumn:
                text.Append(" { table: ").Append(t).Append(", column: ").Append(Scalar(op.Name!));
                break;
            case OperationKind.DropIndex:
            case OperationKind.DropCheck:
            case OperationKind.DropForeignKey:
                text.Append(" { table: ").Append(t).Append(", name: ").Append(Scalar(op.Name!));
                break;
            case OperationKind.RenameTable:
                text.Append(" { table: ").Append(t);
                break;
            case OperationKind.AddCheck:
                text.Append(" { table: ").Append(t).Append(", name: ").Append(Scalar(op.Check!.Name)).Append(", sql: ").Append(CheckSql(op.Check)).Append(" }\n");
                return;
            case OperationKind.AlterPrimaryKey:
                text.Append(" { table: ").Append(t).Append(", columns: ");
                AppendNames(op.PrimaryKey, text);
                text.Append(" }\n");
                return;
            case OperationKind.Code:
                text.Append(' ').Append(op.Name).Append('\n');
                return;
            default:
                text.Append(' ').Append(Scalar(op.Sql!)).Append('\n');
                if (op.Dialect != SqlDialect.Any)
                {
                    text.Append("    dialect: ").Append(op.Dialect == SqlDialect.Postgres ? "postgres" : "sqlite").Append('\n');
                }

                return;
        }

        // A drop or a rename: the mapping's last entry, then its end.
        if (op.Kind is OperationKind.RenameTable or OperationKind.RenameColumn)
        {
            text.Append(", to: ").Append(Scalar(op.NewName!));
        }

        text.Append(" }\n");
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

    private static void IndexOptions(IndexOptions options, LiteralText text)
    {
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
            text.Append(", ops: ");
            AppendNames(options.Ops, text);
        }

        if (!options.Order.IsEmpty)
        {
            text.Append(", order: [").Append(string.Join(", ", options.Order)).Append(']');
        }
    }

    /// <summary>A column as a flow mapping, <c>{ name: code, type: string, max_length: 40, required: true }</c>.</summary>
    private static void Column(ColumnShape column, LiteralText text)
    {
        text.Append("{ name: ").Append(Scalar(column.Name)).Append(", type: ").Append(EnumNames.FieldTypes.Name(column.Type.Kind));
        if (column.Type.Kind is FieldType.String or FieldType.Char && column.Type.Length is { } length)
        {
            text.Append(", max_length: ").Append(length.ToString(CultureInfo.InvariantCulture));
        }

        if (FieldTypes.IsTemporal(column.Type.Kind) && column.Type.Precision is { } digits)
        {
            text.Append(", precision: ").Append(digits.ToString(CultureInfo.InvariantCulture));
        }

        if (column.Type.Array)
        {
            text.Append(", array: true");
        }

        if (column.Type.Custom is { } custom)
        {
            text.Append(", sql_type: { postgres: ").Append(Scalar(custom.Postgres)).Append(", sqlite: ").Append(Scalar(custom.Sqlite)).Append(" }");
        }

        if (column.Type.Kind == FieldType.Decimal)
        {
            text.Append(", precision: ").Append((column.Type.Precision ?? 18).ToString(CultureInfo.InvariantCulture))
                .Append(", scale: ").Append((column.Type.Scale ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        if (column.Type.LegacyStorage)
        {
            text.Append(", ").Append(StoredForms.ColumnKey).Append(": ").Append(StoredForms.Legacy.ToString(CultureInfo.InvariantCulture));
        }

        if (column.PrimaryKey)
        {
            text.Append(", primary: true");
        }
        else if (!column.Nullable)
        {
            text.Append(", required: true");
        }

        // The parser's default: an integer or bigint key is numbered, any other column is not.
        if (column.Serial)
        {
            text.Append(", identity: ").Append(Parsing.IdentityOption.Serial);
        }
        else if (column.Identity != (column.PrimaryKey && FieldTypes.CanBeIdentity(column.Type.Kind)))
        {
            text.Append(", identity: ").Append(column.Identity ? "true" : "false");
        }

        if (column.AutoUpdate)
        {
            text.Append(", auto_update: true");
        }

        if (column.Default is { Kind: DefaultKind.Sql } sql)
        {
            text.Append(", default_sql: ");
            if (sql.SqliteSql is { } sqlite)
            {
                text.Append("{ postgres: ").Append(Scalar(sql.Value)).Append(", sqlite: ").Append(Scalar(sqlite)).Append(" }");
            }
            else
            {
                text.Append(Scalar(sql.Value));
            }
        }
        else if (column.Default is { } value)
        {
            text.Append(", default: ");
            if (column.Type.Array)
            {
                AppendNames((LabelLists.Parse(value.Value) ?? new List<string>()).ToEquatableArray(), text);
            }
            else
            {
                text.Append(Scalar(value.Value));
            }
        }

        if (column.Type.Kind == FieldType.Enum)
        {
            text.Append(", values: ");
            AppendNames(column.EnumValues, text);
            if (column.NativeEnum is { } native)
            {
                text.Append(", native: ").Append(Scalar(native));
            }
        }

        text.Append(" }");
    }

    /// <summary>A flow sequence of scalars, <c>[a, b]</c>.</summary>
    private static void AppendNames(EquatableArray<string> names, LiteralText text)
    {
        text.Append('[');
        for (var i = 0; i < names.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Scalar(names[i]));
        }

        text.Append(']');
    }

    /// <summary>PostgreSQL cannot use an enum label in the transaction that added it (and before version 12 not add one inside a transaction block at all).</summary>
    public const string NoTransaction =
        "# Adds a label to a native enum type: PostgreSQL runs ALTER TYPE ... ADD VALUE only outside a transaction\n"
        + "# block and cannot use the new label in the transaction that added it, so this migration runs without one.\n"
        + "transaction: false\n";

    /// <summary>Every value sits in a flow mapping (<c>{ table: t, ... }</c>).</summary>
    public static string Scalar(string value) => Shared.YamlScalars.Write(value, inFlow: true);
}

/// <summary>A warning written as a comment at <paramref name="Line"/> (1-based, within the text).</summary>
internal sealed record YamlNote(string Message, int Line);
