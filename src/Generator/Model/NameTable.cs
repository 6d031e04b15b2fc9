using System;
using System.Collections.Generic;

namespace BackendInABox.Generator.Model;

/// <summary>
/// The YAML spelling of each value of an enum, in both directions, so that parsing a name and writing it back use the
/// same table and a new member without a name fails the generator's tests instead of shifting other names by one.
/// </summary>
internal sealed class NameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> _byValue = new();
    private readonly List<string> _names = new();

    public NameTable(params (TEnum Value, string Name)[] entries)
    {
        foreach (var (value, name) in entries)
        {
            _byName.Add(name, value);
            _byValue.Add(value, name);
            _names.Add(name);
        }
    }

    /// <summary>The names in the order the table lists them (the order messages show them in).</summary>
    public IReadOnlyList<string> Names => _names;

    public bool TryParse(string name, out TEnum value) => _byName.TryGetValue(name, out value);

    public string Name(TEnum value) => _byValue[value];

    public bool Contains(string name) => _byName.ContainsKey(name);
}
