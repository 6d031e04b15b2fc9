using System.Globalization;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>PostgreSQL's names for the column types, for the SQL FluentMigrator's fluent API does not write.</summary>
internal static class PostgresTypes
{
    /// <summary>The PostgreSQL type of a column (and the one a USING cast converts to), as <c>format_type</c> spells it short-hand.</summary>
    public static string Of(ColumnType type) => Element(type) + (type.Array ? "[]" : string.Empty);

    /// <summary>A column's type: a native enum column's is its enum type (an array of it for an array).</summary>
    /// <param name="quoteIfNeeded">Quote the enum type only when its name needs it, as <c>format_type</c> does.</param>
    public static string Of(ColumnShape column, bool quoteIfNeeded = false) =>
        column.NativeEnum is { } native
            ? (quoteIfNeeded ? SqlLiterals.QuoteIfNeeded(native) : SqlLiterals.Quote(native)) + (column.Type.Array ? "[]" : string.Empty)
            : Of(column.Type);

    private static string Element(ColumnType type) => type.Kind switch
    {
        FieldType.Uuid => "uuid",
        FieldType.String or FieldType.Enum => type.Length is { } length ? $"varchar({Number(length)})" : "varchar",
        FieldType.Char => type.Length is { } fixedLength ? $"character({Number(fixedLength)})" : "text",
        FieldType.Text => "text",
        FieldType.SmallInt => "smallint",
        FieldType.Integer => "integer",
        FieldType.BigInt => "bigint",
        FieldType.Real => "real",
        FieldType.Float => "double precision",
        FieldType.Decimal => type.Precision is { } precision ? $"numeric({Number(precision)},{Number(type.Scale ?? 0)})" : "numeric",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.DateTime or FieldType.Timestamp or FieldType.DateTimeTz => Timed(SqlLiterals.Instant(type) ? "timestamptz" : "timestamp", type),
        FieldType.Time => Timed("time", type),
        FieldType.Json => "jsonb",
        FieldType.Binary => "bytea",
        FieldType.Custom => type.Custom?.Postgres ?? "text",
        _ => "text",
    };

    /// <summary>
    /// The conversion `migrate generate` proposes for an alter_column that changes the kind of type: an explicit cast
    /// of the column, which the user may edit. It casts to the type without its length or precision, because PostgreSQL's explicit cast to varchar(n) silently truncates,
    /// while the assignment to the column that follows fails on a value that does not fit. A char(n) is cast to
    /// text for the same reason (a bare <c>::character</c> is character(1)). A value becomes a one-element array,
    /// an array gives its first element. The user reads and edits it, so the column is quoted only when its name needs it.
    /// </summary>
    public static string ProposedUsing(ColumnShape column, ColumnType? from = null)
    {
        var name = SqlLiterals.QuoteIfNeeded(column.Name);
        var to = column.Type with { Length = null, Precision = null, Scale = null };
        // A native enum is reached through text: the old column may hold another enum type, even one of the same name (renamed away).
        var element = column.NativeEnum is { } native ? "text::" + SqlLiterals.Quote(native)
            : Of(to.Kind == FieldType.Char ? to with { Kind = FieldType.Text, Array = false } : to with { Array = false });
        if (from is { Array: false } wallClock && !to.Array && PostgresStoredForms.InstantChanges(wallClock, to))
        {
            return PostgresStoredForms.AtUtc(name);
        }

        return (from?.Array ?? false, to.Array) switch
        {
            (false, true) => $"CASE WHEN {name} IS NULL THEN NULL ELSE ARRAY[{name}::{element}] END",
            (true, false) => $"{name}[1]::{element}",
            _ => to.Array ? $"{name}::{element.Replace("::", "[]::")}[]" : $"{name}::{element}",
        };
    }

    private static string Timed(string name, ColumnType type) => type.Precision is { } digits ? $"{name}({Number(digits)})" : name;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
