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

/// <summary>Collects the diagnostics of one file while it is parsed.</summary>
internal sealed class FileDiagnostics
{
    private readonly List<DiagnosticInfo> _items = new();

    public FileDiagnostics(DiagnosticSet set) => Set = set;

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

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
