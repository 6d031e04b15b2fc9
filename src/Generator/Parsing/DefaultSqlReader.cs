using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// <c>default_sql:</c> in a schema or migration file: one SQL text for both dialects, or <c>{ postgres: ..., sqlite: ... }</c>.
/// The text is the developer's SQL (the trust of a <c>sql:</c> step); it is only checked to be there.
/// </summary>
internal static class DefaultSqlReader
{
    private static readonly string[] DialectKeys = { "postgres", "sqlite" };

    public static DefaultValue? Read(MappingReader reader, string what, FileDiagnostics diagnostics)
    {
        switch (reader.Mapping["default_sql"])
        {
            case null:
                return null;
            case YamlScalar scalar:
                return NotBlank(scalar, what, diagnostics) ? DefaultValue.FromSql(scalar.Value, scalar.Value) : null;
            case YamlMapping mapping:
                var dialects = new MappingReader(mapping, "default_sql of " + what, diagnostics, DialectKeys);
                var postgres = dialects.Scalar("postgres", required: true);
                var sqlite = dialects.Scalar("sqlite", required: true);
                return postgres is not null && sqlite is not null && NotBlank(postgres, what, diagnostics) && NotBlank(sqlite, what, diagnostics)
                    ? DefaultValue.FromSql(postgres.Value, sqlite.Value)
                    : null;
            case var other:
                diagnostics.Add(diagnostics.Set.Shape, other.Location, $"default_sql of {what} must be SQL text or {{ postgres: ..., sqlite: ... }}, not {other.KindName}.");
                return null;
        }
    }

    private static bool NotBlank(YamlScalar scalar, string what, FileDiagnostics diagnostics)
    {
        if (!scalar.IsNull && scalar.Value.Trim().Length > 0)
        {
            return true;
        }

        diagnostics.Add(diagnostics.Set == DiagnosticSet.Schema ? Descriptors.InvalidDefaultSql : diagnostics.Set.BadValue, scalar.Location, $"default_sql of {what} is empty; write the SQL expression, or remove it.");
        return false;
    }
}
