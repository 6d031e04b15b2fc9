using BackendInABox.Generator.Emit.DataAccess;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The code that reads and writes rows through the entities with the libraries the app references.</summary>
internal static class DataAccessPipeline
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<SchemaSet> schemas,
        IncrementalValueProvider<ReferencedLibraries> libraries)
    {
        var efModel = schemas.Combine(options).Combine(libraries)
            .Select(static (input, _) =>
            {
                var ((set, opts), referenced) = input;
                if ((referenced & ReferencedLibraries.EntityFrameworkCore) == 0 || set.HasErrors)
                {
                    return null;
                }

                return Guard.Run(
                    "generating the Entity Framework Core model",
                    null,
                    () => EfCoreModelEmitter.Emit(set, opts.Namespace, (referenced & ReferencedLibraries.Npgsql) != 0),
                    error => new GeneratedSource(EfCoreModelEmitter.HintName, string.Empty, error));
            })
            .WithTrackingName(TrackingNames.EntityFrameworkModel);

        context.RegisterSourceOutput(efModel, static (spc, source) =>
        {
            if (source is not null)
            {
                Guard.Add(spc, source);
            }
        });
    }
}
