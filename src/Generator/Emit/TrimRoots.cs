using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// FluentMigrator finds the migration classes by scanning the app's types, and nothing in the app names them, so a
/// trimmed publish (PublishTrimmed) would drop them and `migrate up` would find no migrations. Each database's
/// manifest method names its classes instead: the runtime calls <c>CreateAll</c> through its interface, which calls
/// every such method, so the trimmer keeps them.
/// </summary>
internal static class TrimRoots
{
    private const string Analysis = "global::System.Diagnostics.CodeAnalysis";

    public static void Write(CodeWriter w, History history, string ns)
    {
        foreach (var plan in history.Migrations)
        {
            w.Line($"[{Analysis}.DynamicDependency({Analysis}.DynamicallyAccessedMemberTypes.PublicConstructors, typeof(global::{MigrationClassEmitter.NamespaceOf(ns)}.{MigrationClassEmitter.ClassName(plan.File)}))]");
        }
    }
}
