using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace BackendInABox.Configuration;

/// <summary>Where an assembly was loaded from, for an app that may be published as a single file or natively (PublishAot).</summary>
internal static class AssemblyFile
{
    /// <summary>The assembly's file, or null when it has none of its own (embedded in a single-file or native app).</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000:Avoid accessing Assembly file path when publishing as a single file", Justification = "The empty Location of an embedded assembly is the null returned here, which every caller handles.")]
    public static string? PathOf(Assembly assembly) => assembly.Location is { Length: > 0 } location ? location : null;
}
