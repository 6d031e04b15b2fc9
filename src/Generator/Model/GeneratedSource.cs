namespace BackendInABox.Generator.Model;

/// <summary>One emitted file. Equatable by text, so an unchanged model's output is not re-added.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
