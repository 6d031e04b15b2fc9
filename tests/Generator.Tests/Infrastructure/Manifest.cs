using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>Reads the generated build manifest (the JSON constant the runtime reads) from a generator run.</summary>
internal static class Manifest
{
    public static JsonElement Read(GeneratorRun run)
    {
        var tree = CSharpSyntaxTree.ParseText(run.Source("BuildManifest.g.cs"));
        var json = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "Json");
        var literal = (LiteralExpressionSyntax)json.Initializer!.Value;
        return JsonDocument.Parse(literal.Token.ValueText).RootElement.Clone();
    }

    public static string? PendingYaml(GeneratorRun run) =>
        Read(run).GetProperty("pending") is { ValueKind: JsonValueKind.Object } pending ? pending.GetProperty("yaml").GetString() : null;
}
