using System;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Picks the AdditionalFiles that are ours by the BackendInABoxKind metadata the package's targets set,
/// so a CI workflow or docker-compose.yml that happens to be an AdditionalFile is never read as a schema.
/// </summary>
internal static class InputFileSelector
{
    public static InputFile? Select((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, System.Threading.CancellationToken cancellationToken)
    {
        var options = input.Options.GetOptions(input.File);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.BackendInABoxKind", out var kindText))
        {
            return null;
        }

        InputFileKind kind;
        if (string.Equals(kindText, "Schema", StringComparison.OrdinalIgnoreCase))
        {
            kind = InputFileKind.Schema;
        }
        else if (string.Equals(kindText, "Migration", StringComparison.OrdinalIgnoreCase))
        {
            kind = InputFileKind.Migration;
        }
        else
        {
            return null;
        }

        var text = input.File.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var database = options.TryGetValue("build_metadata.AdditionalFiles.BackendInABoxDatabase", out var name) && !string.IsNullOrWhiteSpace(name)
            ? name.Trim()
            : GeneratorOptions.DefaultDatabase;
        return new InputFile(OptionsReader.NormalizeDirectory(input.File.Path), kind, text) { Database = database };
    }
}
