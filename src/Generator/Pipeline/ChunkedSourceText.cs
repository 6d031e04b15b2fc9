using System;
using System.Text;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// A long <see cref="GeneratedText"/> as Roslyn's text, read from its chunks where they are: SourceText.From on a
/// reader would copy it into chunks of its own, as many bytes again as the manifest of a large app (800 KB and more)
/// each run, and SourceText.From on one string would put that string on the large-object heap.
/// </summary>
internal sealed class ChunkedSourceText : SourceText
{
    private readonly GeneratedText _text;

    /// <summary>Where each chunk starts in the text.</summary>
    private readonly int[] _starts;

    public ChunkedSourceText(GeneratedText text)
    {
        _text = text;
        _starts = new int[text.Chunks.Count];
        for (var i = 1; i < _starts.Length; i++)
        {
            _starts[i] = _starts[i - 1] + text.Chunks[i - 1].Length;
        }
    }

    /// <summary>The encoding Roslyn gives a generated source added as a string.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _text.Length;

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            var chunk = ChunkAt(position);
            return _text.Chunks[chunk][position - _starts[chunk]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        for (var chunk = count == 0 ? 0 : ChunkAt(sourceIndex); count > 0; chunk++)
        {
            var text = _text.Chunks[chunk];
            var at = sourceIndex - _starts[chunk];
            var copied = Math.Min(count, text.Length - at);
            text.CopyTo(at, destination, destinationIndex, copied);
            sourceIndex += copied;
            destinationIndex += copied;
            count -= copied;
        }
    }

    /// <summary>The last chunk that starts at or before <paramref name="position"/> and is not empty.</summary>
    private int ChunkAt(int position)
    {
        var found = Array.BinarySearch(_starts, position);
        var chunk = found >= 0 ? found : ~found - 1;
        while (_text.Chunks[chunk].Length == 0 || position - _starts[chunk] >= _text.Chunks[chunk].Length)
        {
            chunk++;
        }

        return chunk;
    }
}
