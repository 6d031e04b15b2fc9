using System.Collections.Generic;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>The descriptors for problems every YAML file can have, by the kind of file (schema or migration).</summary>
internal sealed record DiagnosticSet(
    DiagnosticDescriptor Syntax,
    DiagnosticDescriptor Shape,
    DiagnosticDescriptor UnknownKey,
    DiagnosticDescriptor MissingKey,
    DiagnosticDescriptor BadValue,
    DiagnosticDescriptor FileProblem)
{
    public static readonly DiagnosticSet Schema = new(
        Descriptors.SchemaSyntax, Descriptors.SchemaShape, Descriptors.SchemaUnknownKey, Descriptors.SchemaMissingKey, Descriptors.SchemaBadValue, Descriptors.SchemaFileProblem);

    public static readonly DiagnosticSet Migration = new(
        Descriptors.MigrationSyntax, Descriptors.MigrationShape, Descriptors.MigrationUnknownKey, Descriptors.MigrationMissingKey, Descriptors.MigrationBadValue, Descriptors.MigrationFileProblem);
}

/// <summary>Collects the diagnostics of one file while it is parsed and checked.</summary>
internal sealed class FileDiagnostics
{
    /// <summary>Made on the first diagnostic: Parsing collects each field's problems apart, and most fields have none.</summary>
    private List<DiagnosticInfo>? _items;

    public FileDiagnostics(DiagnosticSet set) => Set = set;

    /// <summary>Goes on from what an earlier stage reported about the file, so the file's diagnostics keep their order.</summary>
    public FileDiagnostics(DiagnosticSet set, EquatableArray<DiagnosticInfo> earlier)
        : this(set) => AddRange(earlier);

    public DiagnosticSet Set { get; }

    public int Count => _items?.Count ?? 0;

    public bool HasErrors
    {
        get
        {
            if (_items is null)
            {
                return false;
            }

            foreach (var item in _items)
            {
                if (item.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public void Add(DiagnosticDescriptor descriptor, LocationInfo location, string message) =>
        Items.Add(new DiagnosticInfo(descriptor, location, message));

    /// <summary>Problems an earlier stage found and kept until the value they concern is used.</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> found) => Items.AddRange(found);

    /// <summary>Without boxing the array: every field's read problems pass through here.</summary>
    public void AddRange(EquatableArray<DiagnosticInfo> found)
    {
        foreach (var diagnostic in found)
        {
            Items.Add(diagnostic);
        }
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items is null ? EquatableArray<DiagnosticInfo>.Empty : _items.ToEquatableArray();

    /// <summary>The diagnostics so far, leaving none: one collector serves each field of a file in turn.</summary>
    public EquatableArray<DiagnosticInfo> Drain()
    {
        var all = ToArray();
        _items?.Clear();
        return all;
    }

    private List<DiagnosticInfo> Items => _items ??= new();
}
