using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// FluentMigrator finds the migration classes by scanning the app's types, and nothing in the app names them, so a
/// trimmed publish (PublishTrimmed) would drop them and `migrate up` would find no migrations. The manifest's
/// <c>Create</c>, which the runtime calls through its interface and so the trimmer keeps, names each one instead.
/// </summary>
internal static class TrimRoots
{
    private const string Analysis = "global::System.Diagnostics.CodeAnalysis";

    public static void Write(CodeWriter w, History history, string ns)
    {
        foreach (var plan in history.Migrations)
        {
            w.Line($"[{Analysis}.DynamicDependency({Analysis}.DynamicallyAccessedMemberTypes.PublicConstructors, typeof(global::{ns}.Migrations.{MigrationClassEmitter.ClassName(plan.File)}))]");
        }
    }
}
