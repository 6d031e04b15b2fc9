using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// Text written as it is, or escaped as it goes into a C# string literal on a <see cref="CodeWriter"/> line: the
/// pending change's YAML is hundreds of kilobytes in a large app, and would otherwise be a string of its own before it
/// is copied into the manifest. It counts the lines it has written, for the rollback notes that name theirs.
/// </summary>
internal sealed class LiteralText
{
    /// <summary>A long value is escaped in pieces this long, so the writer can cut its text between them.</summary>
    private const int PieceLength = 4096;

    private readonly StringBuilder? _plain;
    private readonly CodeWriter? _writer;

    public LiteralText(StringBuilder plain) => _plain = plain;

    public LiteralText(CodeWriter writer) => _writer = writer;

    /// <summary>The line terminators written so far: a comment written next is on line <c>Lines + 1</c>.</summary>
    public int Lines { get; private set; }

    public LiteralText Append(string? value)
    {
        if (value is null)
        {
            return this;
        }

        for (var i = value.IndexOf('\n'); i >= 0; i = value.IndexOf('\n', i + 1))
        {
            Lines++;
        }

        if (_plain is { } plain)
        {
            plain.Append(value);
            return this;
        }

        for (var start = 0; start < value.Length;)
        {
            var end = System.Math.Min(value.Length, start + PieceLength);
            if (end < value.Length && char.IsHighSurrogate(value[end - 1]))
            {
                end++;
            }

            StringLiterals.AppendBody(_writer!.Continue(), value, start, end);
            start = end;
        }

        return this;
    }

    /// <summary>One character of the YAML's own punctuation (never half of a surrogate pair).</summary>
    public LiteralText Append(char c)
    {
        if (c == '\n')
        {
            Lines++;
        }

        if (_plain is { } plain)
        {
            plain.Append(c);
        }
        else
        {
            StringLiterals.AppendBody(_writer!.Continue(), c);
        }

        return this;
    }
}
