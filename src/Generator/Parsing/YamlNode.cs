using System.Collections.Generic;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// A YAML node with its place in the file. Our own small tree rather than YamlDotNet's representation model,
/// because that one builds nested nodes recursively (deep nesting would overflow the compiler's stack) and
/// expands aliases (a few lines can become gigabytes). These nodes live only inside one parse step.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(LocationInfo location, string value, bool isPlain)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: `null`, `~` and an empty value mean null only when plain.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a scalar";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(LocationInfo location, IReadOnlyList<YamlNode> items)
        : base(location) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(LocationInfo location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in file order; keys are unique (the reader reports duplicates).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string KindName => "a mapping";

    /// <summary>The value under <paramref name="key"/>, null when the key is not written.</summary>
    public YamlNode? this[string key] => IndexOf(key) is var i and >= 0 ? Entries[i].Value : null;

    /// <summary>
    /// The entry's index, -1 when the key is not written. A loop by index: the readers look up every key a mapping
    /// may have, and a <c>foreach</c> over the list interface would allocate an enumerator per lookup.
    /// </summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key.Value == key)
            {
                return i;
            }
        }

        return -1;
    }
}
