using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BackendInABox.Generator.Pipeline;

/// <summary>Reads the build properties the package's props expose into <see cref="GeneratorOptions"/>.</summary>
internal static class OptionsReader
{
    private const string FallbackNamespace = "BackendInABox.Generated";

    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var global = provider.GlobalOptions;
        var projectDirectory = NormalizeDirectory(Get(global, "ProjectDir") ?? string.Empty);
        var ns = Get(global, "BackendInABoxNamespace") ?? Get(global, "RootNamespace") ?? FallbackNamespace;
        return new GeneratorOptions(
            ns,
            projectDirectory,
            Resolve(projectDirectory, Get(global, "BackendInABoxSchemaDir") ?? "schema"),
            Resolve(projectDirectory, Get(global, "BackendInABoxMigrationsDir") ?? "migrations"),
            string.Equals(Get(global, "OutputType"), "Library", System.StringComparison.OrdinalIgnoreCase));
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    internal static string Resolve(string projectDirectory, string directory)
    {
        var normalized = NormalizeDirectory(directory);
        var isRooted = normalized.StartsWith("/", System.StringComparison.Ordinal)
            || (normalized.Length > 1 && normalized[1] == ':');
        return isRooted || projectDirectory.Length == 0
            ? normalized
            : CollapseDots(projectDirectory + "/" + normalized);
    }

    internal static string NormalizeDirectory(string path) => path.Replace('\\', '/').TrimEnd('/');

    private static string CollapseDots(string path)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 1)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != "." && (part.Length > 0 || parts.Count == 0))
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
