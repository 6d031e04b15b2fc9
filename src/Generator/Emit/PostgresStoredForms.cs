using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// What a change of stored form (<see cref="StoredForms"/>) is on PostgreSQL: uuid and decimal are stored there as
/// they always were, a datetime moves between timestamp and timestamptz, reading the old values as UTC.
/// </summary>
internal static class PostgresStoredForms
{
    /// <summary>Whether the column's PostgreSQL type changes: not when only a form PostgreSQL never had changes.</summary>
    public static bool TypeChanges(ColumnType from, ColumnType to) =>
        from != to && !(StoredForms.OnlyFormDiffers(from, to) && PostgresTypes.Of(from) == PostgresTypes.Of(to));

    /// <summary>
    /// The conversion between timestamp (UTC wall-clock values, as the old <c>now</c> default wrote them) and timestamptz:
    /// <c>AT TIME ZONE 'UTC'</c> goes either way, so the instant is the same whatever the session's TimeZone.
    /// </summary>
    public static string? Using(ColumnType from, ColumnShape to) =>
        StoredForms.OnlyFormDiffers(from, to.Type) && to.Type.Kind == FieldType.DateTime ? AtUtc(SqlLiterals.Quote(to.Name)) : null;

    /// <summary>
    /// A timestamp (or an old datetime) becoming a timestamptz or the reverse: a plain cast would read the wall-clock
    /// value in the session's time zone, while the values are UTC.
    /// </summary>
    public static bool InstantChanges(ColumnType from, ColumnType to) =>
        WallClock(from) ? SqlLiterals.Instant(to) : SqlLiterals.Instant(from) && WallClock(to);

    public static string AtUtc(string column) => column + " AT TIME ZONE 'UTC'";

    private static bool WallClock(ColumnType type) => type.Kind is FieldType.Timestamp or FieldType.DateTime && !SqlLiterals.Instant(type);
}
