using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// The column list and its parameter list in one order, so a hand-written SELECT or INSERT names every column the
/// schema has now (a new field cannot be missed silently). Names are quoted, as the generator's DDL quotes them.
/// Both literals are escaped into the file name by name, without a joined string first.
/// </summary>
internal static class ColumnLists
{
    public static void Write(CodeWriter w, SchemaModel model, System.Collections.Generic.IReadOnlyList<string> properties)
    {
        w.Line();
        w.Summary("Every column, quoted and comma-separated, for a <c>SELECT</c> or an <c>INSERT</c>.");
        var all = w.StartLiteral("public const string All = ");
        for (var i = 0; i < model.Fields.Count; i++)
        {
            all.Append(i == 0 ? "\"" : ", \"").Append(model.Fields[i].Column).Append('"');
        }

        w.EndLiteral(";");
        w.Line();
        w.Summary("The parameters the row helpers add, in the order of <see cref=\"All\"/>: <c>@</c> and the property's name.");
        var parameters = w.StartLiteral("public const string AllParameters = ");
        for (var i = 0; i < properties.Count; i++)
        {
            parameters.Append(i == 0 ? "@" : ", @").Append(properties[i]);
        }

        w.EndLiteral(";");
    }
}
