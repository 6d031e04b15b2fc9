using System.Runtime.CompilerServices;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// An interpolated XML doc summary of <see cref="CodeWriter"/>: a <see cref="CodeLine"/> that starts with
/// <c>/// &lt;summary&gt;</c>, whose pieces it appends; nearly every summary is one line and stays where it was written.
/// User text goes in an <see cref="XmlEscaped"/> hole.
/// </summary>
[InterpolatedStringHandler]
internal ref struct SummaryLine
{
    private const string Open = "/// <summary>";

    private readonly CodeLine _line;
    private readonly int _start;

    public SummaryLine(int literalLength, int formattedCount, CodeWriter writer)
    {
        _line = new CodeLine(literalLength, formattedCount, writer);
        _line.AppendLiteral(Open);
        _start = _line.Text.Length;
    }

    public readonly void AppendLiteral(string value) => _line.AppendLiteral(value);

    public readonly void AppendFormatted(string? value) => _line.AppendFormatted(value);

    public readonly void AppendFormatted(int value) => _line.AppendFormatted(value);

    public readonly void AppendFormatted(XmlEscaped value) => _line.AppendFormatted(value);

    public readonly void AppendFormatted<T>(T value) => _line.AppendFormatted(value);

    /// <summary>
    /// Closes the summary, or, when the text is not one line without surrounding white space, takes it back and
    /// returns it for <see cref="CodeWriter.Summary(string)"/> to split as it splits any text.
    /// </summary>
    internal readonly string? End()
    {
        var text = _line.Text;
        if (CodeWriter.IsOneTrimmedLine(text, _start))
        {
            text.Append("</summary>\n");
            return null;
        }

        var written = text.ToString(_start, text.Length - _start);
        text.Length = _line.LineStart;
        return written;
    }
}
