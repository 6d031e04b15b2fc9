using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// The column list and its parameter list in one order, so a hand-written SELECT or INSERT names every column the
/// schema has now (a new field cannot be missed silently). Names are quoted, as the generator's DDL quotes them.
/// </summary>
internal static class ColumnLists
{
    public static void Write(CodeWriter w, SchemaModel model, System.Collections.Generic.IReadOnlyList<string> properties)
    {
        w.Line();
        w.Summary("Every column, quoted and comma-separated, for a <c>SELECT</c> or an <c>INSERT</c>.");
        w.Line($"public const string All = {CodeWriter.Quote(string.Join(", ", model.Fields.Select(f => "\"" + f.Column + "\"")))};");
        w.Line();
        w.Summary("The parameters the row helpers add, in the order of <see cref=\"All\"/>: <c>@</c> and the property's name.");
        w.Line($"public const string AllParameters = {CodeWriter.Quote(string.Join(", ", properties.Select(p => "@" + p)))};");
    }
}
