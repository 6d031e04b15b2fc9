namespace BackendInABox.Generator.Model;

/// <summary>The YAML names of the enums schema and migration files spell out (DESIGN.md).</summary>
internal static class EnumNames
{
    public static readonly NameTable<FieldType> FieldTypes = new(
        (FieldType.Uuid, "uuid"), (FieldType.String, "string"), (FieldType.Text, "text"), (FieldType.Integer, "integer"),
        (FieldType.BigInt, "bigint"), (FieldType.Float, "float"), (FieldType.Decimal, "decimal"), (FieldType.Boolean, "boolean"),
        (FieldType.Date, "date"), (FieldType.DateTime, "datetime"), (FieldType.DateTimeTz, "datetimetz"), (FieldType.Json, "json"),
        (FieldType.Binary, "binary"), (FieldType.Enum, "enum"), (FieldType.Ref, "ref"),
        (FieldType.SmallInt, "smallint"), (FieldType.Real, "real"), (FieldType.Char, "char"), (FieldType.Time, "time"), (FieldType.Timestamp, "timestamp"), (FieldType.Custom, "custom"));

    public static readonly NameTable<OnDelete> OnDelete = new(
        (Model.OnDelete.NoAction, "no_action"), (Model.OnDelete.Cascade, "cascade"), (Model.OnDelete.SetNull, "set_null"), (Model.OnDelete.Restrict, "restrict"));

    public static readonly NameTable<OperationKind> Operations = new(
        (OperationKind.CreateTable, "create_table"), (OperationKind.DropTable, "drop_table"), (OperationKind.RenameTable, "rename_table"), (OperationKind.AddColumn, "add_column"),
        (OperationKind.DropColumn, "drop_column"), (OperationKind.RenameColumn, "rename_column"), (OperationKind.AlterColumn, "alter_column"), (OperationKind.CreateIndex, "create_index"),
        (OperationKind.DropIndex, "drop_index"), (OperationKind.AddForeignKey, "add_foreign_key"), (OperationKind.DropForeignKey, "drop_foreign_key"),
        (OperationKind.AddCheck, "add_check"), (OperationKind.DropCheck, "drop_check"), (OperationKind.Sql, "sql"),
        (OperationKind.AlterPrimaryKey, "alter_primary_key"), (OperationKind.Code, "code"));
}
