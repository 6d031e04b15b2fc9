using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace BackendInABox.Running;

/// <summary>
/// The app's <see cref="IMigrationHooks"/> for `dotnet run -- migrate`, where nothing registers one: the one class that
/// implements it in the app or in the project that owns the schema. Two would leave the order between them to chance.
/// </summary>
internal static class AppHooks
{
    private const string Rooted = "A trimmed or native publish keeps the app's own assembly whole (the package's targets root it with TrimmerRootAssembly), so its hook class and constructor are there to find; a class library's hooks are passed in the options there (README).";

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = Rooted)]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = Rooted)]
    public static IMigrationHooks? Find(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies.Distinct().SelectMany(Types)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMigrationHooks).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (types.Count == 0)
        {
            return null;
        }

        if (types.Count > 1)
        {
            throw new UserError(
                $"The app has {types.Count} classes that implement IMigrationHooks ({string.Join(", ", types.Select(t => t.FullName))}); the runner runs one.",
                "Keep one (it may call the others in the order you choose), or name the one to use in MigrationHostOptions.Hooks or AddBackendInABox(..., o => o.Hooks = ...).");
        }

        var type = types[0];
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new UserError(
                $"{type.FullName} implements IMigrationHooks but has no public constructor without parameters, so `migrate` cannot create it.",
                "Add one, or pass an instance in MigrationHostOptions.Hooks or AddBackendInABox(..., o => o.Hooks = ...).");
        }

        return (IMigrationHooks)Activator.CreateInstance(type)!;
    }

    /// <summary>The types that load: a type whose dependency is missing cannot be a hook the app runs.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Rooted)]
    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
