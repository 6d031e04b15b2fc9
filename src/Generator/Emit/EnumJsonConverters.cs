using System.Collections.Generic;
using System.Linq;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// A System.Text.Json converter per enum: the runtime's EnumLabelJsonConverter (it writes the label the database
/// stores, not the member's number or name, and refuses any other text with a JsonException that names the labels),
/// given the enum's label switches, so each entity file does not carry a whole converter for the compiler to parse.
/// </summary>
internal static class EnumJsonConverters
{
    public static string Name(string enumName) => enumName + "JsonConverter";

    public static string Attribute(string enumName) => $"[global::System.Text.Json.Serialization.JsonConverter(typeof({Name(enumName)}))]";

    public static void Emit(CodeWriter w, string enumName, IReadOnlyList<(string Label, string Member)> members)
    {
        w.Line();
        w.OpenType($"Writes <see cref=\"{enumName}\"/> as the label the database stores and reads the labels back.", $"public sealed class {Name(enumName)} : global::BackendInABox.Json.EnumLabelJsonConverter<{enumName}>");
        w.Summary($"The converter of <see cref=\"{enumName}\"/>, from its label switches.");
        w.Line($"public {Name(enumName)}()");
        w.Indent();
        w.Line($": base({enumName}Values.ToDbValue, {enumName}Values.Parse, {CodeWriter.Quote(string.Join(", ", members.Select(m => m.Label)))})");
        w.Outdent();
        w.Line("{");
        w.Line("}");
        w.Close();
    }
}
