using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// An entity's plain ADO.NET helpers, reflection-free: read rows from a <c>DbDataReader</c> by column name (each
/// ordinal looked up once per reader) and add the entity's values as parameters named <c>@Property</c>.
/// </summary>
internal static class AdoNetEmitter
{
    private const string Reader = "global::System.Data.Common.DbDataReader";

    public static GeneratedSource Emit(SchemaModel model, SchemaSet set, string ns)
    {
        var type = CodeWriter.Identifier(model.Name);
        var fields = model.Fields.ToList();
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.Open($"partial class {type}");

        w.Summary($"Reads the current row of <paramref name=\"reader\"/>, a query of <see cref=\"Columns.All\"/> (in any order).");
        w.Line($"public static {type} Read({Reader} reader) => Reader(reader)(reader);");
        w.Line();

        ReadAll(w, type, async: false);
        ReadAll(w, type, async: true);

        w.Summary("A reader of rows shaped like <paramref name=\"reader\"/>'s: each column's ordinal is looked up here, once; a missing column throws <c>IndexOutOfRangeException</c> naming it.");
        w.Open($"public static global::System.Func<{Reader}, {type}> Reader({Reader} reader)");
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"var {Ordinal(i)} = reader.GetOrdinal({CodeWriter.Literal(fields[i].Column)});");
        }

        w.Line($"return row => new {type}");
        w.Line("{");
        w.Indent();
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"{EntityEmitter.PropertyName(fields[i])} = {FieldAccess.Read(model, fields[i], set, ns, "row", Ordinal(i))},");
        }

        w.Outdent();
        w.Line("};");
        w.Close();
        w.Line();

        w.Summary("Adds every column's value as the parameter <c>@Property</c> (<see cref=\"Columns.AllParameters\"/>), typed as the column stores it.");
        w.Open("public void AddParameters(global::System.Data.Common.DbCommand command)");
        foreach (var field in fields)
        {
            var property = EntityEmitter.PropertyName(field);
            w.Line(FieldAccess.Write(model, field, set, "@" + property, property));
        }

        w.Close();
        w.Close();
        w.Close();
        return new GeneratedSource(model.Name + ".Rows.g.cs", w.Finish());
    }

    /// <summary><c>ReadAll</c> or <c>ReadAllAsync</c>: the same loop, awaiting the reader's next row in the second.</summary>
    private static void ReadAll(CodeWriter w, string type, bool async)
    {
        var list = $"global::System.Collections.Generic.List<{type}>";
        w.Summary("Reads every row of <paramref name=\"reader\"/>.");
        w.Open(async
            ? $"public static async global::System.Threading.Tasks.Task<{list}> ReadAllAsync({Reader} reader, global::System.Threading.CancellationToken cancellationToken = default)"
            : $"public static {list} ReadAll({Reader} reader)");
        w.Line("var read = Reader(reader);");
        w.Line($"var rows = new {list}();");
        w.Open(async ? "while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))" : "while (reader.Read())");
        w.Line("rows.Add(read(reader));");
        w.Close();
        w.Line();
        w.Line("return rows;");
        w.Close();
        w.Line();
    }

    private static string Ordinal(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);
}
