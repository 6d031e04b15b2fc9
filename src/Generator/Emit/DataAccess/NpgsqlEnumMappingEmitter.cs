using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// <c>NpgsqlDataSourceBuilder.MapBackendInABoxEnums()</c>: Npgsql reads a native PostgreSQL enum column only through a
/// mapping on the data source (plain ADO.NET and Dapper refuse it otherwise), so this maps each native enum of the
/// schema to its C# enum with a name translator that gives each member its stored label (<c>On Hold</c>, not
/// Npgsql's snake_case <c>on_hold</c>). An enum array's type is mapped too (a native type is never both a column's and
/// an array's, BIAB057), so <c>TEnum[]</c> reads and goes as a parameter through plain Npgsql; the helpers still read
/// such an array as labels and Dapper's handlers take either form. EF Core needs none of it: its model sends and reads
/// the labels itself.
/// </summary>
internal static class NpgsqlEnumMappingEmitter
{
    public const string ClassName = "BackendInABoxNpgsql";
    public const string HintName = ClassName + ".g.cs";

    private const string Translator = "global::Npgsql.INpgsqlNameTranslator";

    public static GeneratedSource Emit(SchemaSet set, string ns)
    {
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.OpenType("Maps the schema's native PostgreSQL enums on an Npgsql data source.", $"public static class {ClassName}");
        w.Summary("Maps every native enum (<c>native:</c>) of the schema to its C# enum, each member to its stored label, so plain Npgsql and Dapper read and write those columns, and arrays of them, through the data source this builds.");
        w.Line("/// <param name=\"builder\">The builder of the data source the app opens its connections from.</param>");
        w.Line("/// <returns>The same builder.</returns>");
        w.Open("public static global::Npgsql.NpgsqlDataSourceBuilder MapBackendInABoxEnums(this global::Npgsql.NpgsqlDataSourceBuilder builder)");
        var natives = set.Models
            .SelectMany(m => m.Fields.Where(f => f.Type == FieldType.Enum && f.NativeEnum is not null).Select(f => (Type: FieldAccess.EnumType(m, f, ns), PgName: f.NativeEnum!)))
            .OrderBy(e => e.PgName, System.StringComparer.Ordinal);
        foreach (var (type, pgName) in natives)
        {
            w.Line($"builder.MapEnum<{type}>({CodeWriter.Literal(pgName)}, new Labels<{type}>(static value => value.ToDbValue()));");
        }

        w.Line("return builder;");
        w.Close();
        w.Line();
        w.Summary("Gives each enum member its stored label; the type's name is given to MapEnum, so it is kept as it is.");
        // A constructor, not a primary one: this is written into every app that references Npgsql, one on C# 10 too.
        w.Open($"private sealed class Labels<T> : {Translator} where T : struct, global::System.Enum");
        w.Line("private readonly global::System.Func<T, string> _label;");
        w.Line();
        w.Line("public Labels(global::System.Func<T, string> label) => _label = label;");
        w.Line();
        w.Line("public string TranslateTypeName(string clrName) => clrName;");
        w.Line();
        w.Line("public string TranslateMemberName(string clrName) => _label(global::System.Enum.Parse<T>(clrName));");
        w.Close();
        w.Close();
        w.Close();
        return new GeneratedSource(HintName, w.Finish());
    }
}
