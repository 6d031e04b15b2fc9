using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackendInABox.Json;

/// <summary>
/// The System.Text.Json converter of a generated enum: it writes the label the database stores (not the member's
/// number or name) and reads labels back, refusing any other text with a <see cref="JsonException"/> that names the
/// labels it takes. Each enum's converter is a subclass that hands over the enum's generated label switches, so an
/// entity file carries one constructor call instead of a converter of its own for the compiler to parse. Generated
/// code is its only user, so editors do not offer it.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class EnumLabelJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly Func<TEnum, string> _toLabel;
    private readonly Func<string, TEnum> _parse;
    private readonly string _labels;

    /// <param name="toLabel">The enum's <c>ToDbValue</c>: a member's stored label.</param>
    /// <param name="parse">The enum's <c>Parse</c>: the member of a label, a <see cref="FormatException"/> for any other text.</param>
    /// <param name="labels">The labels, comma-separated, for the messages.</param>
    protected EnumLabelJsonConverter(Func<TEnum, string> toLabel, Func<string, TEnum> parse, string labels)
    {
        _toLabel = toLabel;
        _parse = parse;
        _labels = labels;
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} is one of the strings {_labels}.");
        }

        return FromLabel(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(_toLabel(value));

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => FromLabel(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(_toLabel(value));

    private TEnum FromLabel(string label)
    {
        try
        {
            return _parse(label);
        }
        catch (FormatException e)
        {
            throw new JsonException($"'{label}' is not a {typeof(TEnum).Name}; expected one of {_labels}.", e);
        }
    }
}
