using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// How SQLite converts a column whose type changes, and which values do not convert. SQLite's CAST never fails
/// (<c>CAST('abc' AS INTEGER)</c> is 0), so the rebuild first checks every row, and a value PostgreSQL would
/// reject fails the migration here too instead of silently becoming 0.
/// </summary>
internal static class SqliteConversions
{
    private const string TrueWords = "'true', 't', 'yes', 'y', 'on', '1'";
    private const string FalseWords = "'false', 'f', 'no', 'n', 'off', '0'";

    /// <summary>
    /// The expression that reads <paramref name="from"/> as <paramref name="to"/>'s type. A migration's own
    /// <c>sqlite_using</c> replaces the column as the value to convert: its result is read like text, so the new type's
    /// conversion and <see cref="Invalid"/>'s check still apply to it.
    /// </summary>
    public static string Expression(ColumnShape from, ColumnType to, string? sqliteUsing = null)
    {
        if (sqliteUsing is null && from.Type.Kind == to.Kind)
        {
            return Quote(from.Name);
        }

        var (c, text) = Source(from, sqliteUsing);
        return to.Kind switch
        {
            FieldType.Integer or FieldType.BigInt => text ? $"CAST(trim({c}) AS INTEGER)" : $"CAST({c} AS INTEGER)",
            FieldType.Float => text ? $"CAST(trim({c}) AS REAL)" : $"CAST({c} AS REAL)",
            FieldType.Decimal => text ? $"CAST(trim({c}) AS NUMERIC)" : $"CAST({c} AS NUMERIC)",
            FieldType.Boolean => text
                ? $"CASE WHEN lower(trim({c})) IN ({TrueWords}) THEN 1 WHEN lower(trim({c})) IN ({FalseWords}) THEN 0 END"
                : $"CASE WHEN {c} IS NULL THEN NULL WHEN {c} = 0 THEN 0 ELSE 1 END",
            FieldType.Binary => $"CAST({c} AS BLOB)",
            _ => sqliteUsing is null && from.Type.Kind == FieldType.Boolean ? $"CASE WHEN {c} IS NULL THEN NULL WHEN {c} = 0 THEN 'false' ELSE 'true' END" : $"CAST({c} AS TEXT)",
        };
    }

    /// <summary>A condition true for a row whose value does not convert, or null when every value does.</summary>
    public static string? Invalid(ColumnShape from, ColumnType to, string? sqliteUsing = null)
    {
        if (sqliteUsing is null && from.Type.Kind == to.Kind)
        {
            return null;
        }

        var (c, text) = Source(from, sqliteUsing);
        var invalid = to.Kind switch
        {
            FieldType.Integer or FieldType.BigInt when text => $"CAST(CAST(trim({c}) AS INTEGER) AS TEXT) <> trim({c})",
            FieldType.Integer or FieldType.BigInt when from.Type.Kind is FieldType.Float or FieldType.Decimal => $"CAST({c} AS INTEGER) <> {c}",
            FieldType.Float or FieldType.Decimal when text => $"(trim({c}) NOT GLOB '*[0-9]*' OR trim({c}) GLOB '*[^0-9.eE+-]*')",
            FieldType.Boolean when text => $"lower(trim({c})) NOT IN ({TrueWords}, {FalseWords})",
            FieldType.Json => $"NOT json_valid({c})",
            _ => null,
        };
        return invalid is null ? null : $"{c} IS NOT NULL AND {invalid}";
    }

    /// <summary>The value to convert and whether it is read as text.</summary>
    private static (string Value, bool Text) Source(ColumnShape from, string? sqliteUsing) =>
        sqliteUsing is null ? (Quote(from.Name), IsText(from.Type.Kind)) : ("(" + sqliteUsing + ")", true);

    private static bool IsText(FieldType kind) =>
        kind is FieldType.String or FieldType.Text or FieldType.Enum or FieldType.Json or FieldType.Uuid
            or FieldType.Date or FieldType.DateTime or FieldType.DateTimeTz;
}
