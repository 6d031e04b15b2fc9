namespace BackendInABox.Generator.Emit;

/// <summary>
/// Text written piece by piece where it ends up: the pending change's YAML is hundreds of kilobytes in a large app,
/// and would otherwise be a string of its own before it is copied into the manifest. A migration file's text is
/// written as it is (<see cref="PlainText"/>), the manifest's escaped into a C# string literal
/// (<see cref="EscapedText"/>). It counts the lines it has written, for the rollback notes that name theirs.
/// </summary>
internal abstract class LiteralText
{
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

        Write(value);
        return this;
    }

    /// <summary>One character of the YAML's own punctuation (never half of a surrogate pair).</summary>
    public LiteralText Append(char c)
    {
        if (c == '\n')
        {
            Lines++;
        }

        Write(c);
        return this;
    }

    protected abstract void Write(string value);

    protected abstract void Write(char c);
}
