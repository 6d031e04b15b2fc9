using BackendInABox.Generator.Model;
using static BackendInABox.Generator.Emit.SqlLiterals;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// How SQLite converts a column whose type changes, and which values do not convert. SQLite's CAST never fails
/// (<c>CAST('abc' AS INTEGER)</c> is 0), so the rebuild first checks every row, and a value PostgreSQL would
/// reject fails the migration here too instead of silently becoming 0. Arrays are JSON text: a value becomes a
/// one-element array, an array gives its first element, and an array whose element type changes keeps its text.
/// </summary>
internal static class SqliteConversions
{
    private const string TrueWords = "'true', 't', 'yes', 'y', 'on', '1'";
    private const string FalseWords = "'false', 'f', 'no', 'n', 'off', '0'";
    private const string SmallIntRange = "BETWEEN -32768 AND 32767";

    /// <summary>
    /// The expression that reads <paramref name="from"/> as <paramref name="to"/>'s type. A migration's own
    /// <c>sqlite_using</c> replaces the column as the value to convert: its result is read like text, so the new type's
    /// conversion and <see cref="Invalid"/>'s check still apply to it.
    /// </summary>
    public static string Expression(ColumnShape from, ColumnType to, string? sqliteUsing = null)
    {
        if (sqliteUsing is null && Unchanged(from.Type, to))
        {
            return Quote(from.Name);
        }

        if (sqliteUsing is null && from.Type.Array && StoredForms.OnlyFormDiffers(from.Type, to))
        {
            // A uuid list's JSON text holds nothing but the uuids, so the case of the whole text is theirs.
            return to.LegacyStorage ? $"lower({Quote(from.Name)})" : $"upper({Quote(from.Name)})";
        }

        var (c, text) = Source(from, sqliteUsing, to);
        var element = to.Kind switch
        {
            FieldType.Integer or FieldType.BigInt or FieldType.SmallInt => text ? $"CAST(trim({c}) AS INTEGER)" : $"CAST({c} AS INTEGER)",
            FieldType.Float or FieldType.Real => text ? $"CAST(trim({c}) AS REAL)" : $"CAST({c} AS REAL)",
            FieldType.Decimal when !to.LegacyStorage => text ? $"trim({c})" : $"CAST({c} AS TEXT)",
            FieldType.Decimal => text ? $"CAST(trim({c}) AS NUMERIC)" : $"CAST({c} AS NUMERIC)",
            FieldType.Uuid => to.LegacyStorage ? $"lower({c})" : $"upper({c})",
            FieldType.Boolean => text
                ? $"CASE WHEN lower(trim({c})) IN ({TrueWords}) THEN 1 WHEN lower(trim({c})) IN ({FalseWords}) THEN 0 END"
                : $"CASE WHEN {c} IS NULL THEN NULL WHEN {c} = 0 THEN 0 ELSE 1 END",
            FieldType.Binary => $"CAST({c} AS BLOB)",
            FieldType.DateTimeTz when sqliteUsing is null && from.Type is { Kind: FieldType.DateTimeTz, LegacyStorage: true } && !to.LegacyStorage =>
                $"CASE WHEN {c} GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN {c} ELSE {c} || '+00:00' END",
            _ => sqliteUsing is null && from.Type.Kind == FieldType.Boolean ? $"CASE WHEN {c} IS NULL THEN NULL WHEN {c} = 0 THEN 'false' ELSE 'true' END" : $"CAST({c} AS TEXT)",
        };
        return to.Array && (sqliteUsing is not null || !from.Type.Array) ? $"CASE WHEN {c} IS NULL THEN NULL ELSE json_array({element}) END" : element;
    }

    /// <summary>A condition true for a row whose value does not convert, or null when every value does.</summary>
    public static string? Invalid(ColumnShape from, ColumnType to, string? sqliteUsing = null)
    {
        if (sqliteUsing is null && Unchanged(from.Type, to))
        {
            return null;
        }

        var (c, text) = Source(from, sqliteUsing, to);
        var fractional = from.Type.Kind is FieldType.Float or FieldType.Real or FieldType.Decimal;
        var invalid = to.Kind switch
        {
            FieldType.SmallInt when text => $"(CAST(CAST(trim({c}) AS INTEGER) AS TEXT) <> trim({c}) OR CAST(trim({c}) AS INTEGER) NOT {SmallIntRange})",
            FieldType.SmallInt when fractional => $"(CAST({c} AS INTEGER) <> {c} OR {c} NOT {SmallIntRange})",
            FieldType.SmallInt => $"{c} NOT {SmallIntRange}",
            FieldType.Integer or FieldType.BigInt when text => $"CAST(CAST(trim({c}) AS INTEGER) AS TEXT) <> trim({c})",
            FieldType.Integer or FieldType.BigInt when fractional => $"CAST({c} AS INTEGER) <> {c}",
            FieldType.Float or FieldType.Real or FieldType.Decimal when text => $"(trim({c}) NOT GLOB '*[0-9]*' OR trim({c}) GLOB '*[^0-9.eE+-]*')",
            FieldType.Boolean when text => $"lower(trim({c})) NOT IN ({TrueWords}, {FalseWords})",
            FieldType.Json => $"NOT json_valid({c})",
            _ => null,
        };
        return invalid is null ? null : $"{c} IS NOT NULL AND {invalid}";
    }

    /// <summary>
    /// The same storage: the same scalar kind in the same SQLite form, or two arrays in the same form (JSON text either
    /// way). A datetime's old form differs only on PostgreSQL.
    /// </summary>
    private static bool Unchanged(ColumnType from, ColumnType to) =>
        from.Array ? to.Array && !StoredForms.OnlyFormDiffers(from, to) : !to.Array && from.Kind == to.Kind && (from.Kind == FieldType.DateTime || from.LegacyStorage == to.LegacyStorage);

    /// <summary>
    /// The value to convert and whether it is read as text; an array's first element when it stops being one. A decimal
    /// stored as text becomes a number to turn into another number, so 12.00 is the integer 12, as on PostgreSQL.
    /// </summary>
    private static (string Value, bool Text) Source(ColumnShape from, string? sqliteUsing, ColumnType to) =>
        sqliteUsing is not null ? ("(" + sqliteUsing + ")", true)
            : from.Type.Array ? ($"json_extract({Quote(from.Name)}, '$[0]')", IsText(from.Type))
            : from.Type is { Kind: FieldType.Decimal, LegacyStorage: false } && to.Kind is FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Float or FieldType.Real or FieldType.Boolean
                ? ($"CAST({Quote(from.Name)} AS NUMERIC)", false)
            : (Quote(from.Name), IsText(from.Type));

    private static bool IsText(ColumnType type) =>
        type.Kind is FieldType.String or FieldType.Char or FieldType.Text or FieldType.Enum or FieldType.Json or FieldType.Uuid
            or FieldType.Date or FieldType.DateTime or FieldType.DateTimeTz or FieldType.Timestamp or FieldType.Time or FieldType.Custom
        || (type.Kind == FieldType.Decimal && !type.LegacyStorage && !type.Array);
}
