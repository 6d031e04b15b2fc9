using System.Xml.Linq;
using Basic.Reference.Assemblies;
using BackendInABox.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace BackendInABox.Generator.Tests.EditorSchemas;

/// <summary>
/// The keys the parsers accept, read from the generator's source compiled as a whole: the key lists given to
/// <c>new MappingReader(..., keys)</c> and <c>YamlTreeReader.ReadFile(..., keys, ...)</c> in src/Generator/Parsing,
/// each element resolved to its constant value by the compiler, so a key named through a constant
/// (<c>StoredForms.FileKey</c>) or a list declared in another file is read as the parser reads it, and an element
/// that is not a constant fails the scan rather than slipping past it.
/// </summary>
internal static class ParserKeyScan
{
    private static readonly CSharpCompilation Generator = CSharpCompilation.Create(
        "GeneratorSource",
        SourceFiles().Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path)),
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Diagnostic).Assembly.Location), MetadataReference.CreateFromFile(typeof(CSharpSyntaxNode).Assembly.Location), MetadataReference.CreateFromFile(typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The project's own files and the ones its project file links in (src/Shared).</summary>
    private static IEnumerable<string> SourceFiles()
    {
        var project = Repository.PathOf("src", "Generator");
        var linked = XDocument.Load(Path.Combine(project, "Generator.csproj")).Descendants("Compile")
            .Select(c => Path.GetFullPath(Path.Combine(project, (string)c.Attribute("Include")!)));
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetRelativePath(project, path).Split(Path.DirectorySeparatorChar)[0] is not ("obj" or "bin"))
            .Concat(linked)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The parsing files by class name (OperationParser.Constraints.cs is OperationParser's), each with its syntax.</summary>
    public static List<(string File, CompilationUnitSyntax Root)> ParserSources()
    {
        var errors = Generator.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, "The generator's source does not compile for the scan, so names in it cannot be resolved:\n" + string.Join("\n", errors));
        var parsing = Repository.PathOf("src", "Generator", "Parsing");
        return [.. Generator.SyntaxTrees
            .Where(t => string.Equals(Path.GetDirectoryName(t.FilePath), parsing, StringComparison.Ordinal))
            .Select(t => (Path.GetFileNameWithoutExtension(t.FilePath).Split('.')[0], t.GetCompilationUnitRoot()))];
    }

    /// <summary>The keys of the key lists given in one parsing file, in source order.</summary>
    public static IEnumerable<string> AcceptedKeys(CompilationUnitSyntax root)
    {
        var model = Generator.GetSemanticModel(root.SyntaxTree);
        var keyArguments = root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .Where(c => c.Type.ToString() == "MappingReader" && c.ArgumentList is { Arguments.Count: 4 })
            .Select(c => c.ArgumentList!.Arguments[3].Expression)
            .Concat(root.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => i.Expression.ToString() == "YamlTreeReader.ReadFile" && i.ArgumentList.Arguments.Count > 4)
                .Select(i => i.ArgumentList.Arguments[4].Expression));
        return keyArguments.SelectMany(argument => Elements(argument, model)).Select(Constant);
    }

    /// <summary>The element expressions of a key list as written: an array, a collection expression, either branch of a conditional, or the initializer of the field or local it names.</summary>
    private static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax list, SemanticModel model)
    {
        switch (list)
        {
            case ConditionalExpressionSyntax conditional:
                return Elements(conditional.WhenTrue, model).Concat(Elements(conditional.WhenFalse, model));
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions;
            case ImplicitArrayCreationExpressionSyntax array:
                return array.Initializer.Expressions;
            case InitializerExpressionSyntax initializer:
                return initializer.Expressions;
            case CollectionExpressionSyntax collection:
                return collection.Elements.Select(e => Assert.IsType<ExpressionElementSyntax>(e).Expression);
        }

        switch (model.GetSymbolInfo(list).Symbol)
        {
            case IParameterSymbol:
                // ReadFile's own MappingReader: its callers' lists are read at their ReadFile calls.
                return [];
            case IFieldSymbol or ILocalSymbol when Declared(model.GetSymbolInfo(list).Symbol!) is { } value:
                return Elements(value, Generator.GetSemanticModel(value.SyntaxTree));
            default:
                Assert.Fail($"The key list '{list}' ({Where(list)}) is neither written out nor a field or local initialized with one; the scan cannot read its keys.");
                return [];
        }
    }

    private static ExpressionSyntax? Declared(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().SingleOrDefault()?.Initializer?.Value;

    private static string Constant(ExpressionSyntax element)
    {
        var value = Generator.GetSemanticModel(element.SyntaxTree).GetConstantValue(element);
        Assert.True(value is { HasValue: true, Value: string }, $"The key '{element}' ({Where(element)}) is not a string constant; the scan cannot tell which key it is.");
        return (string)value.Value!;
    }

    private static string Where(SyntaxNode node) =>
        $"{Path.GetRelativePath(Repository.Root, node.SyntaxTree.FilePath)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
}
