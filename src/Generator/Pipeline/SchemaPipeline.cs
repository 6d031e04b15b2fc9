using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The schema half: schema files → validated models → entity classes.</summary>
internal static class SchemaPipeline
{
    public static IncrementalValueProvider<SchemaSet> Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<GeneratorOptions> options)
    {
        return files.Where(static f => f.Kind == InputFileKind.Schema).Collect()
            .Select(static (_, _) => new SchemaSet(EquatableArray<SchemaModel>.Empty, false))
            .WithTrackingName(TrackingNames.SchemaSet);
    }
}
