using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// SQL written once for both dialects (<c>sql: "total >= 0"</c>) or per dialect (<c>sql: { postgres: ..., sqlite: ... }</c>;
/// a dialect left out gets none).
/// </summary>
internal sealed record DialectText(LocatedValue? Postgres, LocatedValue? Sqlite)
{
    private static readonly string[] Dialects = { "postgres", "sqlite" };

    /// <summary>The text of <paramref name="key"/>, or null after reporting why it is not one.</summary>
    public static DialectText? Read(MappingReader reader, string key, FileDiagnostics diagnostics)
    {
        if (reader.Mapping[key] is YamlScalar scalar)
        {
            var both = new LocatedValue(scalar.Value, scalar.Location);
            return new DialectText(both, both);
        }

        if (reader.MappingOf(key) is not { } mapping)
        {
            return null;
        }

        var dialects = new MappingReader(mapping, $"'{key}' of {reader.What}", diagnostics, Dialects);
        var postgres = dialects.Scalar("postgres");
        var sqlite = dialects.Scalar("sqlite");
        if (postgres is null && sqlite is null)
        {
            diagnostics.Add(diagnostics.Set.MissingKey, mapping.Location, $"'{key}' of {reader.What} names no dialect: write postgres:, sqlite: or both.");
            return null;
        }

        return new DialectText(
            postgres is null ? null : new LocatedValue(postgres.Value, postgres.Location),
            sqlite is null ? null : new LocatedValue(sqlite.Value, sqlite.Location));
    }
}
