using System;
using System.Collections.Generic;

namespace BackendInABox.Generator.Model;

/// <summary>
/// A generated file's text as the writer cut it, chunks short enough to stay off the large-object heap, equal to
/// another text of the same characters however either was cut.
/// </summary>
internal sealed class GeneratedText : IEquatable<GeneratedText>
{
    /// <summary>
    /// Where a writer cuts its buffer into a chunk: below the 42 K characters of the large-object heap's 85,000
    /// bytes, whose objects are collected only with gen 2, with room for the line that crosses it.
    /// </summary>
    public const int ChunkLength = 32 * 1024;

    /// <summary>A buffer that holds a chunk and the line that crosses <see cref="ChunkLength"/> in one array, still below the large-object heap.</summary>
    public const int BufferCapacity = 40 * 1024;

    private readonly string[] _chunks;

    public GeneratedText(string text)
        : this(new[] { text })
    {
    }

    public GeneratedText(string[] chunks)
    {
        _chunks = chunks;
        foreach (var chunk in chunks)
        {
            Length += chunk.Length;
        }
    }

    public int Length { get; }

    public IReadOnlyList<string> Chunks => _chunks;

    public bool Equals(GeneratedText? other)
    {
        if (other is null || other.Length != Length)
        {
            return false;
        }

        int mine = 0, at = 0, theirs = 0, theirsAt = 0;
        while (mine < _chunks.Length && theirs < other._chunks.Length)
        {
            var a = _chunks[mine];
            var b = other._chunks[theirs];
            var count = Math.Min(a.Length - at, b.Length - theirsAt);
            if (string.CompareOrdinal(a, at, b, theirsAt, count) != 0)
            {
                return false;
            }

            at += count;
            theirsAt += count;
            if (at == a.Length)
            {
                (mine, at) = (mine + 1, 0);
            }

            if (theirsAt == b.Length)
            {
                (theirs, theirsAt) = (theirs + 1, 0);
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is GeneratedText other && Equals(other);

    /// <summary>The length alone: a hash of the characters would depend on where the chunks were cut, or cost a pass over them.</summary>
    public override int GetHashCode() => Length;

    /// <summary>The whole text as one string, which a long text is not otherwise (tests read it this way).</summary>
    public override string ToString() => _chunks.Length == 1 ? _chunks[0] : string.Concat(_chunks);
}
