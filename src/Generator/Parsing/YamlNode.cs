using System.Collections.Generic;
using BackendInABox.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// A YAML node with its place in the file. Our own small tree rather than YamlDotNet's representation model,
/// because that one builds nested nodes recursively (deep nesting would overflow the compiler's stack) and
/// expands aliases (a few lines can become gigabytes). These nodes live only inside one parse step.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(YamlSource source) => Source = source;

    /// <summary>
    /// Made from the node's events each time it is asked for, not kept: a parse asks most nodes once, for the draft
    /// that keeps it, and a fifth of them never.
    /// </summary>
    public abstract LocationInfo Location { get; }

    public abstract string KindName { get; }

    protected YamlSource Source { get; }
}

/// <summary>A scalar holds on to YamlDotNet's event, which carries its value, style and marks.</summary>
internal sealed class YamlScalar : YamlNode
{
    private readonly Scalar _scalar;

    public YamlScalar(YamlSource source, Scalar scalar)
        : base(source) => _scalar = scalar;

    public string Value => _scalar.Value;

    /// <summary>Unquoted: `null`, `~` and an empty value mean null only when plain.</summary>
    public bool IsPlain => _scalar.Style == ScalarStyle.Plain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override LocationInfo Location => Source.Location(_scalar.Start, _scalar.End);

    public override string KindName => "a scalar";
}

internal sealed class YamlSequence : YamlNode
{
    private readonly ParsingEvent _start;
    private readonly ParsingEvent _end;

    public YamlSequence(YamlSource source, ParsingEvent start, ParsingEvent end, YamlNode[] items)
        : base(source)
    {
        _start = start;
        _end = end;
        Items = items;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override LocationInfo Location => Source.Location(_start.Start, _end.End);

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    private readonly ParsingEvent _start;
    private readonly ParsingEvent _end;
    private readonly KeyValuePair<YamlScalar, YamlNode>[] _entries;

    public YamlMapping(YamlSource source, ParsingEvent start, ParsingEvent end, KeyValuePair<YamlScalar, YamlNode>[] entries)
        : base(source)
    {
        _start = start;
        _end = end;
        _entries = entries;
    }

    /// <summary>Entries in file order; keys are unique (the reader reports duplicates).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    public override LocationInfo Location => Source.Location(_start.Start, _end.End);

    public override string KindName => "a mapping";

    /// <summary>The value under <paramref name="key"/>, null when the key is not written.</summary>
    public YamlNode? this[string key] => IndexOf(key) is var i and >= 0 ? _entries[i].Value : null;

    /// <summary>The entry's index, -1 when the key is not written; the readers look up every key a mapping may have.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key.Value == key)
            {
                return i;
            }
        }

        return -1;
    }
}
