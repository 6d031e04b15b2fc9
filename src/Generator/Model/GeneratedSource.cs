namespace BackendInABox.Generator.Model;

/// <summary>
/// One emitted file, or the error that stopped it (<see cref="Error"/>, then <see cref="Text"/> is empty).
/// Equatable by text, so an unchanged model's output is not re-added.
/// </summary>
internal sealed record GeneratedSource(string HintName, string Text, DiagnosticInfo? Error = null);
