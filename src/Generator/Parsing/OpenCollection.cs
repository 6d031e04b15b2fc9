using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// A sequence or mapping whose end the reader has not reached. Its items (a mapping's keys and values, in turn) wait
/// in the reader's one list of pending nodes from <see cref="First"/> on, so a collection costs one array of its size.
/// </summary>
internal readonly struct OpenCollection(ParsingEvent opening, int first)
{
    public int First { get; } = first;

    public bool IsSequence => opening is SequenceStart;

    public bool IsFlow => opening is SequenceStart { Style: SequenceStyle.Flow } || opening is MappingStart { Style: MappingStyle.Flow };

    public Mark Start => opening.Start;

    /// <summary>A mapping that has as many keys as values waits for a key.</summary>
    public bool WantsKey(List<YamlNode> pending) => !IsSequence && (pending.Count - First) % 2 == 0;

    /// <summary>The collection ended by <paramref name="closing"/>, taking its items off <paramref name="pending"/>.</summary>
    public YamlNode Close(YamlSource source, ParsingEvent closing, List<YamlNode> pending)
    {
        var count = pending.Count - First;
        YamlNode node;
        if (IsSequence)
        {
            var items = count == 0 ? System.Array.Empty<YamlNode>() : new YamlNode[count];
            pending.CopyTo(First, items, 0, count);
            node = new YamlSequence(source, opening, closing, items);
        }
        else
        {
            var entries = count < 2 ? System.Array.Empty<KeyValuePair<YamlScalar, YamlNode>>() : new KeyValuePair<YamlScalar, YamlNode>[count / 2];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new KeyValuePair<YamlScalar, YamlNode>((YamlScalar)pending[First + (2 * i)], pending[First + (2 * i) + 1]);
            }

            node = new YamlMapping(source, opening, closing, entries);
        }

        pending.RemoveRange(First, count);
        return node;
    }
}
