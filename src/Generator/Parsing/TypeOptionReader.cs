using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Parsing;

/// <summary>A field's <c>array:</c>, <c>sql_type:</c> and <c>clr_type:</c>, checked by Validation's <see cref="TypeOptionChecks"/>.</summary>
internal static class TypeOptionReader
{
    private static readonly string[] SqlTypeKeys = { "postgres", "sqlite" };

    public static bool Array(MappingReader reader, FieldType type, bool primary, string what, FileDiagnostics diagnostics)
    {
        var array = reader.Boolean("array") ?? false;
        if (array)
        {
            TypeOptionChecks.Array(type, primary, reader.KeyLocationOf("array"), what, diagnostics);
        }

        return array;
    }

    public static (CustomSqlType? Custom, string? ClrType) Custom(MappingReader reader, FieldType type, LocationInfo typeLocation, string what, FileDiagnostics diagnostics)
    {
        if (type != FieldType.Custom)
        {
            return (null, null);
        }

        var clrType = reader.Scalar("clr_type") is { } clrNode ? TypeOptionChecks.ClrType(clrNode.Value, clrNode.Location, what, diagnostics) : null;
        TypeOptionChecks.CustomNeedsSqlType(reader.Has("sql_type"), typeLocation, what, diagnostics);
        if (reader.MappingOf("sql_type") is not { } mapping)
        {
            return (null, clrType);
        }

        var types = new MappingReader(mapping, "sql_type of " + what, diagnostics, SqlTypeKeys);
        var postgres = TypeOptionChecks.SqlType(types.String("postgres"), "postgres", types.LocationOf("postgres"), what, diagnostics);
        var sqlite = TypeOptionChecks.SqlType(types.String("sqlite"), "sqlite", types.LocationOf("sqlite"), what, diagnostics);
        return (postgres is null || sqlite is null ? null : new CustomSqlType(postgres, sqlite), clrType);
    }

    /// <summary>The text of a default: a YAML list is an array's <c>[]</c> (or what an array default cannot be).</summary>
    public static string? DefaultText(MappingReader reader) => reader.Mapping["default"] switch
    {
        YamlSequence { Items.Count: 0 } => "[]",
        YamlSequence => "[…]",
        _ => null,
    };
}
