namespace BackendInABox.Generator.Model;

internal enum DefaultKind
{
    /// <summary>A constant; <see cref="DefaultValue.Value"/> is its canonical invariant text for the column's type.</summary>
    Literal,

    /// <summary>The current timestamp (YAML <c>now</c>), rendered by each dialect's own function.</summary>
    Now,

    /// <summary>A new random UUID (YAML <c>new</c> on a uuid field).</summary>
    NewUuid,
}

/// <summary>
/// A validated column default. It is never SQL text: emitters render it as a typed literal
/// (or as FluentMigrator's SystemMethods for <see cref="DefaultKind.Now"/> and <see cref="DefaultKind.NewUuid"/>).
/// Canonical literal forms: integers and decimals in invariant culture without exponent, booleans
/// "true"/"false", dates "yyyy-MM-dd", datetimes and timestamps ISO 8601, times "HH:mm:ss", floats and reals their
/// round-trip ("R") form, uuids lower-case "D" format, strings, chars and enum values as written, an array's only default "[]".
/// </summary>
internal sealed record DefaultValue(DefaultKind Kind, string Value);
