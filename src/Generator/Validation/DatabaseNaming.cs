using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// What a database's name becomes in the generated C#: in PascalCase it names its models' namespace and its manifest
/// method; as written it is the folder of its generated files' hint names, so two databases may both have a model
/// Event (Roslyn compares hint names ignoring case, which the lower-case names survive and PascalCase would not:
/// analytics and analytic__s; the implicit database's files keep their hint names).
/// </summary>
internal static class DatabaseNaming
{
    public static string PascalName(string database) => Identifiers.ToPascalCase(database);

    public static string HintName(GeneratorOptions options, string hintName) =>
        options.IsDefaultDatabase ? hintName : options.Database + "/" + hintName;

    public static GeneratedSource Place(GeneratorOptions options, GeneratedSource source) =>
        source with { HintName = HintName(options, source.HintName) };
}
