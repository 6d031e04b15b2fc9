namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// A native PostgreSQL enum column refuses a text parameter (42804), and Npgsql's own enum mapping needs the app to
/// register each enum with the data source. The label is sent instead as a parameter of unknown type, which
/// PostgreSQL resolves to the column's enum type as it does a quoted literal; SQLite keeps the plain text.
/// </summary>
internal static class EfCoreNativeEnums
{
    private const string MappingClass = "NativeEnumLabelMapping";

    public static void EmitUse(CodeWriter w, string local, string enumType, string converter)
    {
        w.Open("if (postgres)");
        w.Line($"{local}.Metadata.SetTypeMapping(new {MappingClass}({CodeWriter.Literal(enumType)}).WithComposedConverter({converter}));");
        w.Close();
        w.Line();
    }

    public static void EmitTypeMapping(CodeWriter w)
    {
        w.Summary("A label for a native PostgreSQL enum column, sent untyped so the server reads it as the column's enum.");
        w.Open($"private sealed class {MappingClass} : global::Microsoft.EntityFrameworkCore.Storage.StringTypeMapping");
        w.Line($"public {MappingClass}(string storeType) : base(storeType, global::System.Data.DbType.String) {{ }}");
        w.Line();
        w.Line($"private {MappingClass}(RelationalTypeMappingParameters parameters) : base(parameters) {{ }}");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"protected override global::Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new {MappingClass}(parameters);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open("protected override void ConfigureParameter(global::System.Data.Common.DbParameter parameter)");
        w.Line("base.ConfigureParameter(parameter);");
        w.Open("if (parameter is global::Npgsql.NpgsqlParameter npgsql)");
        w.Line("npgsql.NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Unknown;");
        w.Close();
        w.Close();
        w.Close();
    }
}
