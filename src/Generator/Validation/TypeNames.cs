using System;
using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The C# types the generator writes into the app's namespace (an entity class per model, an enum and its converter
/// class per enum field) must not collide with each other nor with the names the generated code needs, or the app
/// fails with a compiler error (CS0101, CS0542) inside generated code instead of a BIAB error at the YAML.
/// </summary>
internal static class TypeNames
{
    /// <summary>Names in the app's namespace the generated code needs for itself, and why.</summary>
    private static readonly Dictionary<string, string> Reserved = new(StringComparer.Ordinal)
    {
        ["Migrations"] = "the namespace the generated migration classes live in",
        ["FluentMigrator"] = "it would hide the FluentMigrator namespace from the generated migration classes",
        ["TableName"] = "every entity class has a member of that name, and a class cannot hold a member named like itself",
        [Emit.DataAccess.EfCoreModelEmitter.ClassName] = "the generated Entity Framework Core model configuration is a class of that name",
        ["Columns"] = "every entity class has a nested class of that name, and a class cannot hold a member named like itself",
    };

    private const string ManifestNamespace = GeneratedNames.ManifestNamespace;

    /// <summary>The models whose generated types collide with nothing; a diagnostic at the YAML line for each other one.</summary>
    public static List<SchemaModel> Check(List<SchemaModel> models, string ns, List<DiagnosticInfo> diagnostics)
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        var accepted = new List<SchemaModel>();
        foreach (var model in models)
        {
            if (Problem(model.Name, ns, claims) is { } problem)
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.TypeNameCollision, model.Location, $"Model {model.Name} cannot be generated: the C# type {model.Name} {problem}. Rename the model (set 'table:' to keep its table)."));
                continue;
            }

            claims[model.Name] = $"model {model.Name} ({Wording.FileName(model.FilePath)})";
            accepted.Add(model);
        }

        var result = new List<SchemaModel>();
        foreach (var model in accepted)
        {
            var ok = true;
            foreach (var field in model.Fields.Where(f => f.Type == FieldType.Enum))
            {
                var enumName = EnumName(model, field);
                foreach (var (name, role) in new[] { (enumName, "enum"), (enumName + "Values", "converter class"), (Emit.EnumJsonConverters.Name(enumName), "JSON converter") })
                {
                    if (Problem(name, ns, claims) is { } problem)
                    {
                        diagnostics.Add(new DiagnosticInfo(Descriptors.TypeNameCollision, field.Location, $"The {role} of field {model.Name}.{field.Name} would be the C# type {name}, which {problem}; rename the field or the other model."));
                        ok = false;
                        continue;
                    }

                    claims[name] = $"the {role} of field {model.Name}.{field.Name}";
                }
            }

            if (ok)
            {
                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>The C# enum an enum field becomes: the model's name and the field's, in PascalCase.</summary>
    public static string EnumName(SchemaModel model, FieldModel field) => model.Name + Identifiers.ToPascalCase(field.Name);

    private static string? Problem(string name, string ns, Dictionary<string, string> claims)
    {
        if (claims.TryGetValue(name, out var owner))
        {
            return "is already " + owner;
        }

        if (Reserved.TryGetValue(name, out var why))
        {
            return $"is reserved: {why}";
        }

        var full = ns + "." + name;
        if (full == ManifestNamespace || full == ManifestNamespace + "." + GeneratedNames.ManifestClass)
        {
            return $"is {full}, which the generated build manifest uses";
        }

        return null;
    }
}
