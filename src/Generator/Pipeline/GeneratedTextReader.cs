using System;
using System.IO;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Reads a <see cref="GeneratedText"/> chunk after chunk, for <c>SourceText.From(TextReader, ...)</c>, which keeps a
/// long text in chunks of its own instead of one string on the large-object heap.
/// </summary>
internal sealed class GeneratedTextReader(GeneratedText text) : TextReader
{
    private int _chunk;
    private int _at;

    public override int Peek() => Skip() ? text.Chunks[_chunk][_at] : -1;

    public override int Read() => Skip() ? text.Chunks[_chunk][_at++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (!Skip())
        {
            return 0;
        }

        var chunk = text.Chunks[_chunk];
        var read = Math.Min(count, chunk.Length - _at);
        chunk.CopyTo(_at, buffer, index, read);
        _at += read;
        return read;
    }

    /// <summary>Moves past finished chunks; false at the end of the text.</summary>
    private bool Skip()
    {
        while (_chunk < text.Chunks.Count && _at == text.Chunks[_chunk].Length)
        {
            (_chunk, _at) = (_chunk + 1, 0);
        }

        return _chunk < text.Chunks.Count;
    }
}
