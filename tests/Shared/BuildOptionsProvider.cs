using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BackendInABox.Tests.Shared;

/// <summary>Plays the package's props and targets: the global build properties plus BackendInABoxKind per YAML file.</summary>
internal sealed class BuildOptionsProvider(IReadOnlyDictionary<string, string> globals, IReadOnlyDictionary<string, string> kindsByPath)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        kindsByPath.TryGetValue(textFile.Path, out var kind)
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BackendInABoxKind"] = kind })
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
