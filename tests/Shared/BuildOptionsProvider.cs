using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BackendInABox.Tests.Shared;

/// <summary>Plays the package's props and targets: the global build properties plus BackendInABoxKind (and BackendInABoxDatabase, for a declared database's files) per YAML file.</summary>
internal sealed class BuildOptionsProvider(IReadOnlyDictionary<string, string> globals, IReadOnlyDictionary<string, string> kindsByPath, IReadOnlyDictionary<string, string>? databasesByPath = null)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (!kindsByPath.TryGetValue(textFile.Path, out var kind))
        {
            return DictionaryOptions.Empty;
        }

        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BackendInABoxKind"] = kind };
        if (databasesByPath is not null && databasesByPath.TryGetValue(textFile.Path, out var database))
        {
            metadata["build_metadata.AdditionalFiles.BackendInABoxDatabase"] = database;
        }

        return new DictionaryOptions(metadata);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
