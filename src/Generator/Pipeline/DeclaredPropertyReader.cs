using System.Linq;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Finds the defining declarations of partial properties (accessors without bodies) in the app's partial classes.
/// An entity property the app declares so is generated as its implementing half, which is how the app adds attributes
/// to a generated property: C# merges the attributes of both halves.
/// </summary>
internal static class DeclaredPropertyReader
{
    public static IncrementalValueProvider<EquatableArray<DeclaredProperty>> Register(IncrementalGeneratorInitializationContext context) =>
        context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => IsDefiningPartial(node), static (syntax, _) => Read((PropertyDeclarationSyntax)syntax.Node))
            .Where(static property => property is not null)
            .Select(static (property, _) => property!)
            .Collect()
            .Select(static (properties, _) => properties.ToEquatableArray())
            .WithTrackingName(TrackingNames.DeclaredProperties);

    private static bool IsDefiningPartial(SyntaxNode node) =>
        node is PropertyDeclarationSyntax { Parent: ClassDeclarationSyntax, ExpressionBody: null, AccessorList: { } accessors } property
        && property.Modifiers.Any(SyntaxKind.PartialKeyword)
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    private static DeclaredProperty? Read(PropertyDeclarationSyntax property)
    {
        var type = (ClassDeclarationSyntax)property.Parent!;
        if (type.Parent is not BaseNamespaceDeclarationSyntax)
        {
            return null;
        }

        var ns = string.Join(".", type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));
        return new DeclaredProperty(ns, type.Identifier.ValueText, property.Identifier.ValueText);
    }
}
