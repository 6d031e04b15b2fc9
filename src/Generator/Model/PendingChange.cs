using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Model;

/// <summary>A warning about the pending change (one of the BIAB2xx descriptors), located at the schema file it concerns.</summary>
/// <param name="DownStep">For a warning about rolling back: the down operation it concerns, which the migration file annotates.</param>
internal sealed record PendingWarning(DiagnosticDescriptor Descriptor, string Message, LocationInfo? Location, Operation? DownStep);

/// <summary>One change in words, with the schema file it belongs to (null for a table no schema file describes any more).</summary>
internal sealed record ChangeLine(string Text, LocationInfo? File);

/// <summary>
/// What the schema files say that the migration history does not yet produce, as the operations of the next
/// migration (with their inverse) and in words.
/// </summary>
internal sealed record PendingChange(
    EquatableArray<Operation> Up,
    EquatableArray<Operation> Down,
    EquatableArray<ChangeLine> Summary,
    EquatableArray<string> DataLoss,
    EquatableArray<PendingWarning> Warnings)
{
    public bool IsEmpty => Up.IsEmpty;
}
