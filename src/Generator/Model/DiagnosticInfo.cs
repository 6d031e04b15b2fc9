using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Model;

/// <summary>
/// A diagnostic carried through the pipeline as data and reported in its own output step.
/// Every descriptor's message format is "{0}"; <see cref="Message"/> is the finished sentence.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, string Message)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Message);
}
