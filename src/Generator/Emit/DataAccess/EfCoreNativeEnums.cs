namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// A native PostgreSQL enum column refuses a text parameter (42804), and Npgsql's own enum mapping needs the app to
/// register each enum with the data source. The label is sent instead as a parameter of unknown type, which
/// PostgreSQL resolves to the column's enum type as it does a quoted literal; SQLite keeps the plain text.
/// </summary>
internal static class EfCoreNativeEnums
{
    private const string MappingClass = "NativeEnumLabelMapping";

    private const string ArrayMappingClass = "NativeEnumArrayMapping";

    private const string ListComparerClass = "LabelListComparer";

    public static void EmitUse(CodeWriter w, string local, string enumType, string converter)
    {
        w.Open("if (postgres)");
        w.Line($"{local}.Metadata.SetTypeMapping(new {MappingClass}({CodeWriter.Literal(enumType)}).WithComposedConverter({converter}));");
        w.Close();
        w.Line();
    }

    /// <summary>
    /// An enum array: on PostgreSQL a property converted to its labels (string[], which Npgsql reads from a text array
    /// and from an enum array alike; its own mapping of a list of enums would read them as numbers or Npgsql-mapped
    /// enums), a native enum array's sent as the array's text untyped, as the ADO.NET helpers send it; on SQLite a
    /// list of labels in JSON text, as EF Core stores any list.
    /// </summary>
    /// <param name="nativeType">The native enum array's type, null for a text array.</param>
    public static void EmitArrayUse(CodeWriter w, string property, string calls, string? nativeType, string enumType, string labels, string labelArray)
    {
        w.Open("if (postgres)");
        var converted = $"entity.Property(e => e.{property}).{calls}.HasConversion({labelArray}, new {ListComparerClass}<{enumType}>())";
        if (nativeType is null)
        {
            w.Line(converted + ";");
        }
        else
        {
            w.Line(converted);
            w.Indent();
            w.Line($".Metadata.SetTypeMapping(new {ArrayMappingClass}({CodeWriter.Literal(nativeType)}).WithComposedConverter({labelArray}, new {ListComparerClass}<{enumType}>()));");
            w.Outdent();
        }

        w.Close();
        w.Open("else");
        w.Line($"entity.PrimitiveCollection(e => e.{property}).{calls}.ElementType(element => element.HasConversion({labels}));");
        w.Close();
        w.Line();
    }

    /// <param name="nullable">The property is nullable; EF Core never converts a null, so the list is there when converted.</param>
    public static void EmitArrayConverter(CodeWriter w, string enumType, string values, string name, bool nullable)
    {
        w.Summary($"A list of <see cref=\"{enumType}\"/> as the labels a PostgreSQL array holds.");
        w.Line($"private static readonly global::Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<global::System.Collections.Generic.List<{enumType}>{(nullable ? "?" : string.Empty)}, string[]> {name} = new(");
        w.Indent();
        w.Line($"v => global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(v{(nullable ? "!" : string.Empty)}, e => {values}.ToDbValue(e))),");
        w.Line($"v => global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(v, l => {values}.Parse(l))));");
        w.Outdent();
    }

    /// <param name="native">Whether a native enum array needs its type mapping.</param>
    public static void EmitArrayTypeMapping(CodeWriter w, bool native)
    {
        if (!native)
        {
            EmitListComparer(w);
            return;
        }

        w.Summary("A native enum array's labels, sent as the array's text untyped so the server reads it as the column's enum array (it takes no text[]).");
        w.Open($"private sealed class {ArrayMappingClass} : global::Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping");
        w.Line($"public {ArrayMappingClass}(string storeType) : base(storeType, typeof(string[])) {{ }}");
        w.Line();
        w.Line($"private {ArrayMappingClass}(RelationalTypeMappingParameters parameters) : base(parameters) {{ }}");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"protected override global::Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new {ArrayMappingClass}(parameters);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open("protected override void ConfigureParameter(global::System.Data.Common.DbParameter parameter)");
        w.Line("base.ConfigureParameter(parameter);");
        w.Open("if (parameter is global::Npgsql.NpgsqlParameter npgsql && npgsql.Value is string[] labels)");
        w.Line($"npgsql.Value = {FieldAccess.Support}.ArrayText(labels);");
        w.Line("npgsql.NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Unknown;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
        EmitListComparer(w);
    }

    private static void EmitListComparer(CodeWriter w)
    {
        w.Summary("Compares lists by their elements, so a list changed in place is saved.");
        // A constructor, not a primary one: an app may pin <LangVersion> below 12.
        w.Open($"private sealed class {ListComparerClass}<T> : global::Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<global::System.Collections.Generic.List<T>>");
        w.Line($"public {ListComparerClass}()");
        w.Indent();
        w.Line(": base(");
        w.Indent();
        w.Line("(a, b) => a == null ? b == null : b != null && global::System.Linq.Enumerable.SequenceEqual(a, b),");
        w.Line("v => global::System.Linq.Enumerable.Aggregate(v, 0, (hash, e) => global::System.HashCode.Combine(hash, e)),");
        w.Line("v => global::System.Linq.Enumerable.ToList(v))");
        w.Outdent();
        w.Outdent();
        w.Line("{");
        w.Line("}");
        w.Close();
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
