namespace BackendInABox.Generator.Model;

/// <summary>
/// One emitted file, or the error that stopped it (<see cref="Error"/>, then <see cref="Text"/> is empty).
/// Equatable by text, so an unchanged model's output is not re-added.
/// </summary>
internal sealed record GeneratedSource(string HintName, GeneratedText Text, DiagnosticInfo? Error = null)
{
    public GeneratedSource(string hintName, string text, DiagnosticInfo? error = null)
        : this(hintName, new GeneratedText(text), error)
    {
    }
}
