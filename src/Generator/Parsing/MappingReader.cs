using System;
using System.Collections.Generic;
using System.Globalization;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// Typed, diagnosing access to one YAML mapping: unknown keys are reported once (with a "did you mean"),
/// and every getter reports a value of the wrong kind at the value's own location and returns null.
/// </summary>
internal sealed class MappingReader
{
    private readonly FileDiagnostics _diagnostics;

    public MappingReader(YamlMapping mapping, Subject what, FileDiagnostics diagnostics, IReadOnlyList<string> allowedKeys)
    {
        Mapping = mapping;
        Subject = what;
        _diagnostics = diagnostics;
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var entry = mapping.Entries[i];
            if (!Contains(allowedKeys, entry.Key.Value))
            {
                var suggestion = Suggestions.Closest(entry.Key.Value, allowedKeys);
                var hint = suggestion is null ? $" Known keys: {string.Join(", ", allowedKeys)}." : $" Did you mean '{suggestion}'?";
                diagnostics.Add(diagnostics.Set.UnknownKey, entry.Key.Location, $"Unknown key '{Wording.Shorten(entry.Key.Value)}' in {what}.{hint}");
            }
        }
    }

    private MappingReader(YamlMapping mapping, Subject what, FileDiagnostics diagnostics)
    {
        Mapping = mapping;
        Subject = what;
        _diagnostics = diagnostics;
    }

    public YamlMapping Mapping { get; }

    /// <summary>What the mapping is, for the messages that name it.</summary>
    public Subject Subject { get; }

    /// <summary>Made for each message that names it.</summary>
    public string What => Subject.ToString();

    public bool Has(string key) => Mapping[key] is { } node && IsWritten(node);

    /// <summary>A key written without a value (or with null) counts as not written.</summary>
    public static bool IsWritten(YamlNode value) => !(value is YamlScalar scalar && scalar.IsNull);

    public LocationInfo LocationOf(string key) => Mapping.IndexOf(key) is var i and >= 0 ? Mapping.Entries[i].Value.Location : Mapping.Location;

    public LocationInfo KeyLocationOf(string key) => Mapping.IndexOf(key) is var i and >= 0 ? Mapping.Entries[i].Key.Location : Mapping.Location;

    public YamlScalar? Scalar(string key, bool required = false)
    {
        if (Present(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        _diagnostics.Add(_diagnostics.Set.Shape, node.Location, $"'{key}' of {What} must be a single value, not {node.KindName}.");
        return null;
    }

    /// <summary>
    /// The value under <paramref name="key"/> read with its problems kept apart from the mapping's, for one that is used
    /// only in some cases; <see cref="ReadValue{T}.None"/> when the key is not written, without reading.
    /// </summary>
    public ReadValue<T> Apart<T>(string key, Func<MappingReader, FileDiagnostics, T?> read)
        where T : class
    {
        if (Mapping.IndexOf(key) < 0)
        {
            return ReadValue<T>.None;
        }

        var problems = new FileDiagnostics(_diagnostics.Set);
        var value = read(new MappingReader(Mapping, Subject, problems), problems);
        return new ReadValue<T>(value, problems.ToArray());
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public bool? Boolean(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true":
            case "True":
            case "TRUE":
                return true;
            case "false":
            case "False":
            case "FALSE":
                return false;
            default:
                _diagnostics.Add(_diagnostics.Set.BadValue, scalar.Location, $"'{key}' of {What} must be true or false, not '{Wording.Shorten(scalar.Value)}'.");
                return null;
        }
    }

    public int? Integer(string key, int min, int max)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _diagnostics.Add(_diagnostics.Set.BadValue, scalar.Location, $"'{key}' of {What} must be a whole number from {min} to {max}, not '{Wording.Shorten(scalar.Value)}'.");
        return null;
    }

    public YamlMapping? MappingOf(string key, bool required = false) => Node<YamlMapping>(key, required);

    public YamlSequence? Sequence(string key, bool required = false) => Node<YamlSequence>(key, required);

    /// <summary>
    /// The items of the list under <paramref name="key"/> that are mappings (none when it is missing); each other item
    /// is reported at itself: "Each <paramref name="item"/> must be a mapping such as <paramref name="example"/>".
    /// </summary>
    public IEnumerable<YamlMapping> MappingItems(string key, Subject item, string example)
    {
        var items = Sequence(key)?.Items ?? System.Array.Empty<YamlNode>();
        for (var i = 0; i < items.Count; i++)
        {
            var node = items[i];
            if (node is YamlMapping mapping)
            {
                yield return mapping;
            }
            else
            {
                _diagnostics.Add(Descriptors.SchemaShape, node.Location, $"Each {item} must be a mapping such as {example}, not {node.KindName}.");
            }
        }
    }

    /// <summary>The values of <see cref="ScalarList"/> as written, each where it is written.</summary>
    public EquatableArray<LocatedValue>? LocatedList(string key, bool required = false)
    {
        if (ScalarList(key, required) is not { } scalars)
        {
            return null;
        }

        var values = new LocatedValue[scalars.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new LocatedValue(scalars[i].Value, scalars[i].Location);
        }

        return new EquatableArray<LocatedValue>(values);
    }

    /// <summary>A list of plain values; also accepts a single value as a one-item list.</summary>
    public YamlScalar[]? ScalarList(string key, bool required = false)
    {
        var node = Mapping[key];
        if (node is YamlScalar single && !single.IsNull)
        {
            return new[] { single };
        }

        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return null;
        }

        var items = new YamlScalar[sequence.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var item = sequence.Items[i];
            if (item is YamlScalar scalar && !scalar.IsNull)
            {
                items[i] = scalar;
            }
            else if (item is YamlScalar)
            {
                _diagnostics.Add(_diagnostics.Set.Shape, item.Location, $"An item of '{key}' in {What} is empty (YAML reads a bare null, ~ or nothing as no value); write a name, or quote it (\"null\") if that is the value you mean.");
                return null;
            }
            else
            {
                _diagnostics.Add(_diagnostics.Set.Shape, item.Location, $"Each item of '{key}' in {What} must be a single value, not {item.KindName}.");
                return null;
            }
        }

        return items;
    }

    private T? Node<T>(string key, bool required)
        where T : YamlNode
    {
        if (Present(key, required) is not { } node)
        {
            return null;
        }

        if (node is T typed)
        {
            return typed;
        }

        var expected = typeof(T) == typeof(YamlMapping) ? "a mapping" : "a list";
        _diagnostics.Add(_diagnostics.Set.Shape, node.Location, $"'{key}' of {What} must be {expected}, not {node.KindName}.");
        return null;
    }

    /// <summary>The value of <paramref name="key"/>; a key written without a value counts as absent.</summary>
    private YamlNode? Present(string key, bool required)
    {
        var node = Mapping[key];
        if (node is not null && !(node is YamlScalar scalar && scalar.IsNull))
        {
            return node;
        }

        if (required)
        {
            _diagnostics.Add(_diagnostics.Set.MissingKey, node?.Location ?? Mapping.Location, $"{Wording.Capitalize(What)} has no '{key}'.");
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return true;
            }
        }

        return false;
    }
}
