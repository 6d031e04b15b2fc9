using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// SQL text for validated values and identifiers, for the statements FluentMigrator's fluent API cannot express
/// (PostgreSQL's USING, CHECK constraints, SQLite's table rebuild). Inputs are never user SQL: identifiers are
/// validated names (any text without double quotes or invisible characters, always quoted) and values are
/// <see cref="DefaultValue"/>s already parsed for their type; the one exception is a <c>default_sql:</c>, which the
/// developer writes as SQL with the trust of a <c>sql:</c> step.
/// </summary>
internal static class SqlLiterals
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>For SQL a person edits: a lower-case snake_case name that is no reserved word as it is, any other quoted.</summary>
    public static string QuoteIfNeeded(string identifier) =>
        IdentifierShapes.SnakeCaseProblem(identifier) is null && !IdentifierShapes.IsSqlReserved(identifier) ? identifier : Quote(identifier);

    public static string String(string value) => "'" + value.Replace("'", "''") + "'";

    /// <param name="native">A native enum column's type, which an enum array's labels are cast to on PostgreSQL.</param>
    public static string Value(ColumnType type, DefaultValue value, bool sqlite, string? native = null)
    {
        switch (value.Kind)
        {
            case DefaultKind.Now:
                return sqlite ? SqliteClock(type) : Instant(type) ? "now()" : "(now() at time zone 'utc')";
            case DefaultKind.NewUuid:
                return sqlite ? SqliteUuid(type.LegacyStorage) : "gen_random_uuid()";
            case DefaultKind.CurrentTimestamp:
                return sqlite ? SqliteClock(type) : "CURRENT_TIMESTAMP";
            case DefaultKind.Today:
                return "CURRENT_DATE";
            case DefaultKind.Sql:
                return value.SqlFor(sqlite);
        }

        if (type.Array)
        {
            // SQLite's JSON text is the canonical form; on PostgreSQL an enum array's labels are an ARRAY of the
            // element type (the form PostgreSQL and pg_dump write), the empty list the array literal.
            var labels = sqlite ? null : LabelLists.Parse(value.Value);
            return sqlite ? String(value.Value)
                : labels is null || labels.Count == 0 ? "'{}'"
                : $"ARRAY[{string.Join(", ", labels.ConvertAll(String))}]::{(native is null ? PostgresTypes.Of(type) : Quote(native) + "[]")}";
        }

        return type.Kind switch
        {
            // As text, or SQLite reads the literal as a double before storing it, and digits past the fifteenth are lost.
            FieldType.Decimal when sqlite && !type.LegacyStorage => String(value.Value),
            FieldType.Integer or FieldType.BigInt or FieldType.SmallInt or FieldType.Float or FieldType.Real or FieldType.Decimal => value.Value,
            FieldType.Boolean => sqlite ? (value.Value == "true" ? "1" : "0") : value.Value,
            _ => String(value.Value),
        };
    }

    /// <summary>
    /// SQLite's current time, UTC (SQLite has no session time zone, so <c>now</c> and <c>current_timestamp</c> agree). A
    /// datetimetz in its current stored form gets the offset Microsoft.Data.Sqlite and EF Core write for a
    /// <c>DateTimeOffset</c> (<c>2026-12-01 17:00:00+00:00</c>), so the text the database writes sorts and compares
    /// with the text the app writes; files before <c>stored_forms: 3</c> wrote CURRENT_TIMESTAMP, without it.
    /// </summary>
    public static string SqliteClock(ColumnType type) =>
        type is { Kind: FieldType.DateTimeTz, LegacyStorage: false } ? "(strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))" : "CURRENT_TIMESTAMP";

    /// <summary>A PostgreSQL timestamptz: datetimetz, and datetime in its current stored form.</summary>
    public static bool Instant(ColumnType type) => type.Kind == FieldType.DateTimeTz || (type.Kind == FieldType.DateTime && !type.LegacyStorage);

    /// <summary>
    /// A version-4 uuid as SQLite text: upper-case, as Microsoft.Data.Sqlite binds a <c>Guid</c> parameter, so the row's own
    /// <c>Guid</c> finds it. Files before the current stored forms made lower-case text.
    /// </summary>
    private static string SqliteUuid(bool legacy)
    {
        var hex = legacy ? "lower(hex(randomblob({0})))" : "hex(randomblob({0}))";
        string Random(int bytes) => string.Format(System.Globalization.CultureInfo.InvariantCulture, hex, bytes);
        var variant = legacy ? "'89ab'" : "'89AB'";
        return $"({Random(4)} || '-' || {Random(2)} || '-4' || substr({Random(2)}, 2) || '-' || substr({variant}, 1 + (abs(random()) % 4), 1) || substr({Random(2)}, 2) || '-' || {Random(6)})";
    }

    /// <summary>
    /// The CHECK that keeps an enum column to its values; an array's every element (PostgreSQL only: SQLite's CHECK
    /// cannot read a JSON array's elements, which takes a subquery) by containment, one expression that holds for the
    /// empty list and fails on a null element.
    /// </summary>
    public static string EnumCheck(ColumnShape column)
    {
        var list = new System.Collections.Generic.List<string>();
        foreach (var value in column.EnumValues)
        {
            list.Add(String(value));
        }

        return column.Type.Array
            ? $"{Quote(column.Name)} <@ ARRAY[{string.Join(", ", list)}]::varchar[]"
            : $"{Quote(column.Name)} IN ({string.Join(", ", list)})";
    }
}
