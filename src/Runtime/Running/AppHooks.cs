using System.Reflection;

namespace BackendInABox.Running;

/// <summary>
/// The app's <see cref="IMigrationHooks"/> for `dotnet run -- migrate`, where nothing registers one: the one class that
/// implements it in the app or in the project that owns the schema. Two would leave the order between them to chance.
/// </summary>
internal static class AppHooks
{
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
