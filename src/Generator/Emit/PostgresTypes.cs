using System.Globalization;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>PostgreSQL's names for the column types, for the SQL FluentMigrator's fluent API does not write.</summary>
internal static class PostgresTypes
{
    /// <summary>The PostgreSQL type a USING cast converts to.</summary>
    public static string Of(ColumnType type) => type.Kind switch
    {
        FieldType.Uuid => "uuid",
        FieldType.String or FieldType.Enum => type.Length is { } length ? $"varchar({length.ToString(CultureInfo.InvariantCulture)})" : "varchar",
        FieldType.Text => "text",
        FieldType.Integer => "integer",
        FieldType.BigInt => "bigint",
        FieldType.Float => "double precision",
        FieldType.Decimal => type.Precision is { } precision ? $"numeric({precision.ToString(CultureInfo.InvariantCulture)},{(type.Scale ?? 0).ToString(CultureInfo.InvariantCulture)})" : "numeric",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.DateTime => "timestamp",
        FieldType.DateTimeTz => "timestamptz",
        FieldType.Json => "jsonb",
        FieldType.Binary => "bytea",
        _ => "text",
    };

    /// <summary>
    /// The conversion `migrate generate` proposes for an alter_column that changes the kind of type: an explicit cast
    /// of the column, which the user may edit. It casts to the type without its length or precision, because PostgreSQL's explicit cast to varchar(n) silently truncates,
    /// while the assignment to the column that follows fails on a value that does not fit. The user reads and edits it,
    /// so the column is quoted only when its name needs it.
    /// </summary>
    public static string ProposedUsing(ColumnShape column) =>
        $"{SqlLiterals.QuoteIfNeeded(column.Name)}::{Of(column.Type with { Length = null, Precision = null, Scale = null })}";
}
