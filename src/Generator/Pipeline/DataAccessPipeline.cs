using System.Linq;
using BackendInABox.Generator.Emit.DataAccess;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The code that reads and writes rows through the entities with the libraries the app references.</summary>
internal static class DataAccessPipeline
{
    /// <summary>Per database, in its models' namespace: each database's entities have their own EF Core model, row helpers and Dapper registration.</summary>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<DatabaseSet> databases,
        IncrementalValuesProvider<SchemaSet> schemas,
        IncrementalValueProvider<ReferencedLibraries> libraries)
    {
        var efModel = schemas.Combine(databases).Combine(libraries)
            .Select(static (input, _) =>
            {
                var ((set, all), referenced) = input;
                if ((referenced & ReferencedLibraries.EntityFrameworkCore) == 0 || set.HasErrors)
                {
                    return null;
                }

                var opts = all.For(set.Database);
                return Guard.Run(
                    "generating the Entity Framework Core model",
                    null,
                    () => DatabaseNaming.Place(opts, EfCoreModelEmitter.Emit(set, opts.Namespace, (referenced & ReferencedLibraries.Npgsql) != 0)),
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

        var rows = schemas.Combine(databases).Combine(libraries)
            .SelectMany(static (input, _) =>
            {
                var ((set, all), referenced) = input;
                var opts = all.For(set.Database);
                return RowHelpers(set, opts.Namespace, referenced).Select(source => DatabaseNaming.Place(opts, source));
            })
            .WithTrackingName(TrackingNames.RowHelpers);

        context.RegisterSourceOutput(rows, static (spc, source) => Guard.Add(spc, source));
    }

    /// <summary>The ADO.NET helpers of each entity when the app can open a connection (Npgsql or Microsoft.Data.Sqlite), the native enums' data source mapping with Npgsql, and the Dapper registration when it also has Dapper.</summary>
    private static GeneratedSource[] RowHelpers(SchemaSet set, string ns, ReferencedLibraries referenced)
    {
        if ((referenced & (ReferencedLibraries.Npgsql | ReferencedLibraries.Sqlite)) == 0)
        {
            return System.Array.Empty<GeneratedSource>();
        }

        var npgsql = (referenced & ReferencedLibraries.Npgsql) != 0;
        var sources = set.Models.Select(m => Guard.Run(
                $"generating the row helpers of {m.Name}",
                m.FilePath,
                () => AdoNetEmitter.Emit(m, set, ns),
                error => new GeneratedSource(m.Name + ".Rows.g.cs", string.Empty, error)))
            .ToList();
        sources.Add(Guard.Run("generating the row helpers", null, () => RowSupportEmitter.Emit(ns, npgsql), error => new GeneratedSource(RowSupportEmitter.HintName, string.Empty, error)));
        if (npgsql)
        {
            sources.Add(Guard.Run("generating the Npgsql enum mapping", null, () => NpgsqlEnumMappingEmitter.Emit(set, ns), error => new GeneratedSource(NpgsqlEnumMappingEmitter.HintName, string.Empty, error)));
        }

        if ((referenced & ReferencedLibraries.Dapper) != 0)
        {
            sources.Add(Guard.Run("generating the Dapper registration", null, () => DapperEmitter.Emit(set, ns, npgsql), error => new GeneratedSource(DapperEmitter.HintName, string.Empty, error)));
        }

        return sources.ToArray();
    }
}
