using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The migration half: migration files → replayed history → diff against the schema → migration classes and the manifest.</summary>
internal static class MigrationPipeline
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<SchemaSet> schemas)
    {
    }
}
