namespace BackendInABox.Generator.Emit;

/// <summary>Text escaped as it goes into the C# string literal that <see cref="CodeWriter.StartLiteral"/> opened.</summary>
internal sealed class EscapedText(CodeWriter writer) : LiteralText
{
    /// <summary>A long value is escaped in pieces this long, so the writer can cut its text between them.</summary>
    private const int PieceLength = 4096;

    protected override void Write(string value)
    {
        for (var start = 0; start < value.Length;)
        {
            var end = System.Math.Min(value.Length, start + PieceLength);
            if (end < value.Length && char.IsHighSurrogate(value[end - 1]))
            {
                end++;
            }

            StringLiterals.AppendBody(writer.Continue(), value, start, end);
            start = end;
        }
    }

    protected override void Write(char c) => StringLiterals.AppendBody(writer.Continue(), c);
}
