namespace BackendInABox.Generator.Model;

/// <summary>Names the generator emits outside the app's own namespace, which no model may take (Validation checks, Emit writes).</summary>
internal static class GeneratedNames
{
    public const string ManifestNamespace = "BackendInABox.Generated";

    public const string ManifestClass = "BuildManifestSource";
}
