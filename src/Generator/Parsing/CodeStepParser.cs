using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace BackendInABox.Generator.Parsing;

/// <summary><c>- code: ClassName</c>: a step that runs a class of the app (found in the compilation by CodeStepChecks).</summary>
internal static class CodeStepParser
{
    public static Operation? Parse(YamlMapping mapping, string where, FileDiagnostics diagnostics)
    {
        var what = $"a code step in {where}";
        var reader = new MappingReader(mapping, what, diagnostics, new[] { "code" });
        var node = reader.Scalar("code", required: true);
        if (node is null || mapping.Entries.Count > 1)
        {
            return null;
        }

        if (!SyntaxFacts.IsValidIdentifier(node.Value))
        {
            diagnostics.Add(Descriptors.MigrationBadValue, node.Location, $"'code' of {what} must be the simple name of a class of the app (such as BackfillFullName), not '{Wording.Shorten(node.Value)}'.");
            return null;
        }

        return Operation.Create(OperationKind.Code, string.Empty) with { Name = node.Value, Location = node.Location };
    }
}
