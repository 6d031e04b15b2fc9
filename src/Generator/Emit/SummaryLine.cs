using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// An interpolated XML doc summary of <see cref="CodeWriter"/>, its pieces appended after <c>/// &lt;summary&gt;</c>
/// as <see cref="CodeLine"/> appends a line's: nearly every summary is one line and stays where it was written.
/// </summary>
[InterpolatedStringHandler]
internal ref struct SummaryLine
{
    private const string Open = "/// <summary>";

    private readonly StringBuilder _text;
    private readonly int _lineStart;
    private readonly int _start;

    public SummaryLine(int literalLength, int formattedCount, CodeWriter writer)
    {
        _lineStart = writer.Text.Length;
        _text = writer.StartLine().Append(Open);
        _start = _text.Length;
    }

    public readonly void AppendLiteral(string value) => _text.Append(value);

    public readonly void AppendFormatted(string? value) => _text.Append(value);

    public readonly void AppendFormatted(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted<T>(T value) => _text.Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>
    /// Closes the summary, or, when the text is not one line without surrounding white space, takes it back and
    /// returns it for <see cref="CodeWriter.Summary(string)"/> to split as it splits any text.
    /// </summary>
    internal readonly string? End()
    {
        if (CodeWriter.IsOneTrimmedLine(_text, _start))
        {
            _text.Append("</summary>\n");
            return null;
        }

        var written = _text.ToString(_start, _text.Length - _start);
        _text.Length = _lineStart;
        return written;
    }
}
