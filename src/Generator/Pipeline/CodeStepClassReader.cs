using System.Linq;
using System.Threading;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// The app's classes that code steps may name, read from the syntax trees one class at a time (an edit re-reads
/// only its file) into plain records, so no symbol or compilation reaches the cached models.
/// </summary>
internal static class CodeStepClassReader
{
    private const string StepInterface = "BackendInABox.IMigrationStep", NotAStep = "does not implement " + StepInterface;

    /// <summary>
    /// The classes a code step can run, and those of a name a code step uses (to say why one cannot run): a class
    /// added or edited elsewhere in the app leaves the list, and so the migration classes, as they were.
    /// </summary>
    public static IncrementalValueProvider<EquatableArray<CodeStepClass>> Register(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedMigrationFile> parsed)
    {
        var named = parsed
            .Select(static (p, _) => p.Migration is { } m ? m.Up.Concat(m.Down).Where(o => o.Kind == Model.OperationKind.Code).Select(o => o.Name!).ToEquatableArray() : EquatableArray<string>.Empty)
            .Collect()
            .Select(static (all, _) => all.SelectMany(n => n).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray());

        return context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { TypeParameterList: null },
                static (syntax, ct) => Read(syntax.SemanticModel.GetDeclaredSymbol((ClassDeclarationSyntax)syntax.Node, ct), ct))
            .Where(static c => c is not null)
            .Combine(named)
            .Where(static input => input.Left!.Problem != NotAStep || input.Right.Contains(input.Left.Name))
            .Select(static (input, _) => input.Left!)
            .Collect()
            .Select(static (all, _) => all.Distinct().OrderBy(c => c.FullName, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.CodeStepClasses);
    }

    /// <summary>Hand-written FluentMigrator migrations: the runner runs only the generated ones, so each is reported.</summary>
    public static void RegisterHandWrittenMigrations(IncrementalGeneratorInitializationContext context)
    {
        var found = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "FluentMigrator.MigrationAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, _) => new HandWrittenMigration(
                    syntax.TargetSymbol.ToDisplayString(),
                    Locate(((ClassDeclarationSyntax)syntax.TargetNode).Identifier.GetLocation())))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.HandWrittenMigrations);

        context.RegisterSourceOutput(found, static (spc, migrations) =>
        {
            foreach (var migration in migrations)
            {
                spc.ReportDiagnostic(new DiagnosticInfo(
            Descriptors.HandWrittenMigration,
            migration.Location,
            $"{migration.FullName} is a FluentMigrator migration written by hand; `migrate` runs only the migrations generated from migrations/*.yaml, so it would never run. Move its C# into a class that implements BackendInABox.IMigrationStep and name it in a migration file's step as '- code: ClassName'.").ToDiagnostic());
            }
        });
    }

    private static CodeStepClass? Read(ISymbol? symbol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (symbol is not INamedTypeSymbol type)
        {
            return null;
        }

        return new CodeStepClass(type.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), Problem(type));
    }

    private static string? Problem(INamedTypeSymbol type)
    {
        if (!type.AllInterfaces.Any(i => i.ToDisplayString() == StepInterface))
        {
            return NotAStep;
        }

        if (type.IsAbstract)
        {
            return "is abstract";
        }

        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return "is not visible to the generated migration (make it public or internal)";
            }
        }

        return type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
            ? null
            : "has no public constructor without parameters";
    }

    private static LocationInfo Locate(Location location)
    {
        var span = location.GetLineSpan();
        return new LocationInfo(
            span.Path,
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            span.StartLinePosition.Line,
            span.StartLinePosition.Character,
            span.EndLinePosition.Line,
            span.EndLinePosition.Character);
    }
}
