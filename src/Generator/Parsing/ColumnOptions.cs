using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>A migration-file column's type options beyond length and precision: char's length, <c>array:</c>, <c>sql_type:</c>.</summary>
internal static class ColumnOptions
{
    private static readonly string[] SqlTypeKeys = { "postgres", "sqlite" };

    /// <summary>Reports a char column without its length; the column has none (null).</summary>
    public static int? MissingCharLength(MappingReader reader, string name, string what, FileDiagnostics diagnostics)
    {
        if (!reader.Has("max_length"))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.Mapping.Location, $"Column '{name}' in {what} is char without 'max_length'.");
        }

        return null;
    }

    public static bool Array(MappingReader reader, FieldType kind, string name, string what, FileDiagnostics diagnostics)
    {
        var array = reader.Boolean("array") ?? false;
        if (array && !FieldTypes.CanBeArray(kind))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, reader.KeyLocationOf("array"), $"Column '{name}' in {what} cannot be an array of {EnumNames.FieldTypes.Name(kind)}.");
        }

        return array;
    }

    public static CustomSqlType? Custom(MappingReader reader, FieldType kind, string name, string what, FileDiagnostics diagnostics)
    {
        if (kind != FieldType.Custom)
        {
            if (reader.Has("sql_type"))
            {
                diagnostics.Add(Descriptors.MigrationBadValue, reader.KeyLocationOf("sql_type"), $"Column '{name}' in {what} is not custom, so it has no 'sql_type'.");
            }

            return null;
        }

        if (reader.MappingOf("sql_type", required: true) is not { } mapping)
        {
            return null;
        }

        var types = new MappingReader(mapping, $"sql_type of column '{name}' in {what}", diagnostics, SqlTypeKeys);
        var postgres = SqlType(types, "postgres", diagnostics);
        var sqlite = SqlType(types, "sqlite", diagnostics);
        return postgres is null || sqlite is null ? null : new CustomSqlType(postgres, sqlite);
    }

    private static string? SqlType(MappingReader types, string dialect, FileDiagnostics diagnostics)
    {
        if (types.Scalar(dialect, required: true) is not { } node)
        {
            return null;
        }

        if (!IdentifierShapes.IsSqlTypeName(node.Value))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, node.Location, $"The {dialect} type '{Wording.Shorten(node.Value)}' of {types.What} is not a type name.");
            return null;
        }

        return node.Value;
    }
}
