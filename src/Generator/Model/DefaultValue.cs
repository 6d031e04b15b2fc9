namespace BackendInABox.Generator.Model;

internal enum DefaultKind
{
    /// <summary>A constant; <see cref="DefaultValue.Value"/> is its canonical invariant text for the column's type.</summary>
    Literal,

    /// <summary>The current timestamp (YAML <c>now</c>), rendered by each dialect's own function.</summary>
    Now,

    /// <summary>A new random UUID (YAML <c>new</c> on a uuid field).</summary>
    NewUuid,

    /// <summary>CURRENT_TIMESTAMP in the session's time zone (YAML <c>current_timestamp</c>), unlike <see cref="Now"/>'s UTC.</summary>
    CurrentTimestamp,

    /// <summary>CURRENT_DATE (YAML <c>today</c>).</summary>
    Today,

    /// <summary>
    /// SQL the developer wrote (<c>default_sql:</c>), trusted like a <c>sql:</c> step and compared as text:
    /// <see cref="DefaultValue.Value"/> is PostgreSQL's, <see cref="DefaultValue.SqliteSql"/> SQLite's when it differs.
    /// </summary>
    Sql,
}

/// <summary>
/// A validated column default. It is never SQL text: emitters render it as a typed literal
/// (or, for the other kinds, as each dialect's own function; <see cref="DefaultKind.Sql"/> is the one kind that is SQL text).
/// Canonical literal forms: integers and decimals in invariant culture without exponent, booleans
/// "true"/"false", dates "yyyy-MM-dd", datetimes and timestamps ISO 8601, times "HH:mm:ss", floats and reals their
/// round-trip ("R") form, uuids lower-case "D" format, strings, chars and enum values as written, an array's only default "[]".
/// </summary>
internal sealed record DefaultValue(DefaultKind Kind, string Value)
{
    /// <summary>For <see cref="DefaultKind.Sql"/>: SQLite's text, null when it is PostgreSQL's (<see cref="Value"/>).</summary>
    public string? SqliteSql { get; init; }

    /// <summary>The text a dialect runs: only <see cref="DefaultKind.Sql"/> differs between them.</summary>
    public string SqlFor(bool sqlite) => sqlite && SqliteSql is { } text ? text : Value;

    public static DefaultValue FromSql(string postgres, string sqlite) =>
        new(DefaultKind.Sql, postgres) { SqliteSql = sqlite == postgres ? null : sqlite };
}
