using System.Threading;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>Which data-access libraries the compilation references, by assembly name (the app installs nothing else).</summary>
internal static class ReferencedLibrariesReader
{
    public static IncrementalValueProvider<ReferencedLibraries> Register(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .Select(static (compilation, ct) => Read(compilation, ct))
            .WithTrackingName(TrackingNames.ReferencedLibraries);

    public static ReferencedLibraries Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = ReferencedLibraries.None;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            found |= Of(assembly.Name);
        }

        return found;
    }

    private static ReferencedLibraries Of(string assembly) => assembly switch
    {
        // The model configuration calls ToTable and HasColumnType, which the relational layer defines.
        "Microsoft.EntityFrameworkCore.Relational" => ReferencedLibraries.EntityFrameworkCore,
        "Npgsql" => ReferencedLibraries.Npgsql,
        "Dapper" => ReferencedLibraries.Dapper,
        "Microsoft.Data.Sqlite" => ReferencedLibraries.Sqlite,
        _ => ReferencedLibraries.None,
    };
}
