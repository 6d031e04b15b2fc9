using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>An AdditionalFile read from disk at build time, as the compiler would hand it to the generator.</summary>
internal sealed class FileAdditionalText(string path) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
