namespace BackendInABox.Generator.Model;

/// <summary>
/// Every schema model that passed validation, sorted by name, after the cross-file checks.
/// <see cref="HasErrors"/> is true when any schema file had an error: the diff against the
/// migration history is then skipped, since a half-read schema would report phantom changes.
/// <see cref="Diagnostics"/> are the cross-file problems (each file's own are reported where it is parsed).
/// </summary>
internal sealed record SchemaSet(EquatableArray<SchemaModel> Models, bool HasErrors, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The database whose schema files these are.</summary>
    public string Database { get; init; } = GeneratorOptions.DefaultDatabase;
}
