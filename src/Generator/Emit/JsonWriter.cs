using System.Globalization;
using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>Minimal JSON text for the manifest (the generator runs on netstandard2.0 inside the compiler, without System.Text.Json).</summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private bool _needsComma;

    public JsonWriter StartObject(string? name = null) => Open(name, '{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray(string? name = null) => Open(name, '[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter String(string? name, string? value)
    {
        Name(name);
        _text.Append(value is null ? "null" : Quote(value));
        _needsComma = true;
        return this;
    }

    public JsonWriter Number(string? name, long? value)
    {
        Name(name);
        _text.Append(value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
        return this;
    }

    public JsonWriter Boolean(string? name, bool value)
    {
        Name(name);
        _text.Append(value ? "true" : "false");
        _needsComma = true;
        return this;
    }

    public JsonWriter Null(string name)
    {
        Name(name);
        _text.Append("null");
        _needsComma = true;
        return this;
    }

    public override string ToString() => _text.ToString();

    private JsonWriter Open(string? name, char bracket)
    {
        Name(name);
        _text.Append(bracket);
        _needsComma = false;
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        _text.Append(bracket);
        _needsComma = true;
        return this;
    }

    private void Name(string? name)
    {
        if (_needsComma)
        {
            _text.Append(',');
        }

        if (name is not null)
        {
            _text.Append(Quote(name)).Append(':');
        }
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
