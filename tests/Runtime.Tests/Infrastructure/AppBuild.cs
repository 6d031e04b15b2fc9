using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>One build of a <see cref="TestApp"/>: the generator's diagnostics and, when it compiled, the loaded app assembly.</summary>
internal sealed record AppBuild(
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationErrors,
    string? AssemblyPath,
    Assembly? Assembly)
{
    public bool Succeeded => Assembly is not null;

    public IEnumerable<Diagnostic> Biab(string id) => GeneratorDiagnostics.Where(d => d.Id == id);

    public IEnumerable<Diagnostic> BiabWarnings =>
        GeneratorDiagnostics.Where(d => d.Id.StartsWith("BIAB", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The warning that the schema differs from what the history produces (it tells the user to run `migrate generate`).</summary>
    public IEnumerable<Diagnostic> PendingChangeWarnings =>
        GeneratorDiagnostics.Where(d => d.Id.StartsWith("BIAB2", StringComparison.Ordinal)
            && d.Severity == DiagnosticSeverity.Warning
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("migrate generate", StringComparison.Ordinal));

    public Assembly App => Assembly ?? throw new InvalidOperationException("The app did not build:\n" + Describe());

    public string AppPath => AssemblyPath ?? throw new InvalidOperationException("The app did not build:\n" + Describe());

    public string Describe() =>
        string.Join("\n", GeneratorDiagnostics.Concat(CompilationErrors).Select(d => d.ToString()));
}
