using System.Collections.Generic;
using System.Linq;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// A System.Text.Json converter per enum: it writes the label the database stores (not the member's number or name)
/// and reads labels back, refusing any other text with a JsonException that names the labels it takes.
/// </summary>
internal static class EnumJsonConverters
{
    public static string Name(string enumName) => enumName + "JsonConverter";

    public static string Attribute(string enumName) => $"[global::System.Text.Json.Serialization.JsonConverter(typeof({Name(enumName)}))]";

    public static void Emit(CodeWriter w, string enumName, IReadOnlyList<(string Label, string Member)> members)
    {
        const string Json = "global::System.Text.Json";
        var expected = string.Join(", ", members.Select(m => m.Label));
        w.Line();
        w.OpenType($"Writes <see cref=\"{enumName}\"/> as the label the database stores and reads the labels back.", $"public sealed class {Name(enumName)} : {Json}.Serialization.JsonConverter<{enumName}>");
        w.Line("/// <inheritdoc/>");
        w.Open($"public override {enumName} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        w.Open($"if (reader.TokenType != {Json}.JsonTokenType.String)");
        w.Line($"throw new {Json}.JsonException({CodeWriter.Quote($"A {enumName} is one of the strings {expected}.")});");
        w.Close();
        w.Line();
        w.Line("return FromLabel(reader.GetString()!);");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Write({Json}.Utf8JsonWriter writer, {enumName} value, {Json}.JsonSerializerOptions options) => writer.WriteStringValue(value.ToDbValue());");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {enumName} ReadAsPropertyName(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => FromLabel(reader.GetString()!);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void WriteAsPropertyName({Json}.Utf8JsonWriter writer, {enumName} value, {Json}.JsonSerializerOptions options) => writer.WritePropertyName(value.ToDbValue());");
        w.Line();
        w.Open($"private static {enumName} FromLabel(string label) => label switch");
        foreach (var (label, member) in members)
        {
            w.Line($"{CodeWriter.Quote(label)} => {enumName}.{member},");
        }

        w.Line($"_ => throw new {Json}.JsonException(\"'\" + label + {CodeWriter.Quote($"' is not a {enumName}; expected one of {expected}.")}),");
        w.Close(";");
        w.Close();
    }
}
