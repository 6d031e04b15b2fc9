using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// An interpolated line of <see cref="CodeWriter"/>: the compiler hands each piece of <c>w.Line($"...")</c> here and
/// it is appended to the file at once, so a line costs no string of its own. A <see cref="Quoted"/> hole is written
/// as its C# literal, an <see cref="XmlEscaped"/> hole as XML text, each escaped in place. It is also the core of
/// <see cref="SummaryLine"/>, which only opens and ends the line another way.
/// </summary>
[InterpolatedStringHandler]
internal ref struct CodeLine
{
    private readonly StringBuilder _text;
    private readonly int _lineStart;
    private readonly int _start;

    public CodeLine(int literalLength, int formattedCount, CodeWriter writer)
    {
        _lineStart = writer.Text.Length;
        _text = writer.StartLine();
        _start = _text.Length;
    }

    public readonly void AppendLiteral(string value) => _text.Append(value);

    public readonly void AppendFormatted(string? value) => _text.Append(value);

    public readonly void AppendFormatted(char value) => _text.Append(value);

    public readonly void AppendFormatted(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted(Quoted value) => StringLiterals.AppendTo(_text, value.Value);

    public readonly void AppendFormatted(XmlEscaped value) => XmlText.AppendTo(_text, value.Value);

    /// <summary>Any other value in the invariant culture: generated code must not depend on the build machine's.</summary>
    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, format: null);

    public readonly void AppendFormatted<T>(T value, string? format) =>
        _text.Append(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>The buffer the line is written into.</summary>
    internal readonly StringBuilder Text => _text;

    /// <summary>Where the line's indentation starts.</summary>
    internal readonly int LineStart => _lineStart;

    /// <summary>Where the line's text starts, after its indentation.</summary>
    internal readonly int Start => _start;

    /// <summary>Ends the line; one whose pieces were all empty is a blank line, without indentation.</summary>
    internal readonly void End()
    {
        if (_text.Length == _start)
        {
            _text.Length = _lineStart;
        }

        _text.Append('\n');
    }
}

/// <summary>Text to write as a C# string literal in a <see cref="CodeLine"/> hole: <c>{CodeWriter.Quote(name)}</c>.</summary>
internal readonly struct Quoted(string value)
{
    public string Value { get; } = value;
}

/// <summary>User text to write as XML text in a doc comment's hole: <c>{CodeWriter.EscapeXml(description)}</c>.</summary>
internal readonly struct XmlEscaped(string value)
{
    public string Value { get; } = value;
}
