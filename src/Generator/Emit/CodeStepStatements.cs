using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// A <c>code:</c> step as a FluentMigrator expression on the migration's connection and transaction, in its place
/// among the other steps and the same on both dialects. The class is created with <c>new</c>, so the app needs no
/// reflection to run it.
/// </summary>
internal static class CodeStepStatements
{
    public static string? For(Operation op, string direction, EquatableArray<CodeStepClass> classes) =>
        CodeStepChecks.Resolve(op.Name!, classes) is { } found
            ? $"Execute.WithConnection(new global::BackendInABox.CodeStep({CodeWriter.Literal(op.Name!)}, global::BackendInABox.MigrationDirection.{direction}, static () => new {found.FullName}()).Run);"
            : null;
}
