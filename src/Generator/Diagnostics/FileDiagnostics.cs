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
    private readonly List<DiagnosticInfo> _items = new();

    public FileDiagnostics(DiagnosticSet set) => Set = set;

    /// <summary>Goes on from what an earlier stage reported about the file, so the file's diagnostics keep their order.</summary>
    public FileDiagnostics(DiagnosticSet set, EquatableArray<DiagnosticInfo> earlier)
        : this(set) => AddRange(earlier);

    public DiagnosticSet Set { get; }

    public int Count => _items.Count;

    public bool HasErrors
    {
        get
        {
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
        _items.Add(new DiagnosticInfo(descriptor, location, message));

    /// <summary>Problems an earlier stage found and kept until the value they concern is used.</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> found) => _items.AddRange(found);

    /// <summary>Without boxing the array: every field's read problems pass through here.</summary>
    public void AddRange(EquatableArray<DiagnosticInfo> found)
    {
        foreach (var diagnostic in found)
        {
            _items.Add(diagnostic);
        }
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
