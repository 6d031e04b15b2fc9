namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// Dapper's handlers for an enum array's <c>List&lt;TEnum&gt;</c> and <c>TEnum[]</c>: read from the labels (or, through a
/// data source with <c>MapBackendInABoxEnums()</c>, a native enum's values), and given as a query's own parameter
/// (<c>WHERE tags &amp;&amp; @wanted</c>) in the column's type: a native enum array's text sent untyped, which the server
/// reads as the column's enum array (it takes no text[]), <c>varchar[]</c> for a plain one (PostgreSQL has no
/// <c>varchar[] &amp;&amp; text[]</c>), SQLite's JSON text. The entities write their own through <c>AddParameters</c>.
/// </summary>
internal static class DapperEnumArrays
{
    private const string Mapper = "global::Dapper.SqlMapper";
    private const string Parameter = "global::System.Data.IDbDataParameter";
    private const string List = "global::System.Collections.Generic.List<T>";

    public static string Registration(string enumType, bool native) =>
        $"LabelLists<{enumType}>.Register(static value => value.ToDbValue(), {enumType}Values.Parse, {(native ? "true" : "false")});";

    public static void EmitTypes(CodeWriter w, bool npgsql)
    {
        var support = FieldAccess.Support;
        w.Line();
        w.Open("private sealed class LabelLists<T> where T : struct, global::System.Enum");
        w.Line("private readonly global::System.Func<T, string> _label;");
        w.Line("private readonly global::System.Func<string, T> _parse;");
        if (npgsql)
        {
            w.Line("private readonly bool _native;");
        }

        w.Line();
        w.Open("private LabelLists(global::System.Func<T, string> label, global::System.Func<string, T> parse, bool native)");
        w.Line("_label = label;");
        w.Line("_parse = parse;");
        w.Line(npgsql ? "_native = native;" : "_ = native;");
        w.Close();
        w.Line();
        w.Open("public static void Register(global::System.Func<T, string> label, global::System.Func<string, T> parse, bool native)");
        w.Line("var labels = new LabelLists<T>(label, parse, native);");
        w.Line($"{Mapper}.AddTypeHandler(new ListHandler(labels));");
        w.Line($"{Mapper}.AddTypeHandler(new ArrayHandler(labels));");
        w.Close();
        w.Line();
        w.Open($"private void SetValue({Parameter} parameter, global::System.Collections.Generic.IEnumerable<T>? values)");
        w.Open("if (values is null)");
        w.Line("parameter.Value = global::System.DBNull.Value;");
        w.Line("return;");
        w.Close();
        w.Line();
        w.Line("var labels = new global::System.Collections.Generic.List<string>(global::System.Linq.Enumerable.Select(values, _label));");
        if (npgsql)
        {
            w.Open("if (parameter is global::Npgsql.NpgsqlParameter postgres)");
            w.Line($"postgres.Value = _native ? {support}.ArrayText(labels) : labels.ToArray();");
            w.Line("postgres.NpgsqlDbType = _native ? global::NpgsqlTypes.NpgsqlDbType.Unknown : global::NpgsqlTypes.NpgsqlDbType.Array | global::NpgsqlTypes.NpgsqlDbType.Varchar;");
            w.Line("return;");
            w.Close();
            w.Line();
        }

        w.Line($"parameter.Value = {support}.JsonLabels(labels);");
        w.Close();
        w.Line();
        w.Line($"private {List} Parse(object value) => value switch");
        w.Line("{");
        w.Indent();
        w.Line($"string json => {support}.ParseList(json, e => _parse(e.GetString()!)),");
        w.Line("T[] values => new(values),");
        w.Line("_ => new(global::System.Array.ConvertAll((string[])value, l => _parse(l))),");
        w.Outdent();
        w.Line("};");
        Handler(w, "ListHandler", List, "_labels.Parse(value)");
        Handler(w, "ArrayHandler", "T[]", "_labels.Parse(value).ToArray()");
        w.Close();
    }

    private static void Handler(CodeWriter w, string name, string type, string parse)
    {
        w.Line();
        w.Open($"private sealed class {name} : {Mapper}.TypeHandler<{type}>");
        w.Line("private readonly LabelLists<T> _labels;");
        w.Line();
        w.Line($"public {name}(LabelLists<T> labels) => _labels = labels;");
        w.Line();
        w.Line($"public override void SetValue({Parameter} parameter, {type}? value) => _labels.SetValue(parameter, value);");
        w.Line();
        w.Line($"public override {type} Parse(object value) => {parse};");
        w.Close();
    }
}
