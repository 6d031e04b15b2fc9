using System;
using System.Collections.Generic;
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

    private const string ManifestClass = ManifestNamespace + "." + GeneratedNames.ManifestClass;

    /// <summary>The models whose generated types collide with nothing; a diagnostic at the YAML line for each other one.</summary>
    public static List<SchemaModel> Check(List<SchemaModel> models, string ns, List<DiagnosticInfo> diagnostics)
    {
        var claims = new Dictionary<string, Claim>(Count(models), StringComparer.Ordinal);
        var accepted = new List<SchemaModel>(models.Count);
        foreach (var model in models)
        {
            if (Problem(model.Name, ns, claims) is { } problem)
            {
                diagnostics.Add(new DiagnosticInfo(Descriptors.TypeNameCollision, model.Location, $"Model {model.Name} cannot be generated: the C# type {model.Name} {problem}. Rename the model (set 'table:' to keep its table)."));
                continue;
            }

            claims[model.Name] = new Claim(model, null, null);
            accepted.Add(model);
        }

        var result = new List<SchemaModel>(accepted.Count);
        foreach (var model in accepted)
        {
            var ok = true;
            foreach (var field in model.Fields)
            {
                if (field.Type == FieldType.Enum)
                {
                    var enumName = EnumName(model, field);
                    ok &= Take(enumName, new Claim(model, field, "enum"), ns, claims, diagnostics);
                    ok &= Take(enumName + "Values", new Claim(model, field, "converter class"), ns, claims, diagnostics);
                    ok &= Take(Emit.EnumJsonConverters.Name(enumName), new Claim(model, field, "JSON converter"), ns, claims, diagnostics);
                }
            }

            if (ok)
            {
                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>How many type names the models claim, so the lookup is made that large at once instead of growing with them.</summary>
    private static int Count(List<SchemaModel> models)
    {
        var count = 0;
        foreach (var model in models)
        {
            count++;
            foreach (var field in model.Fields)
            {
                count += field.Type == FieldType.Enum ? 3 : 0;
            }
        }

        return count;
    }

    /// <summary>The C# enum an enum field becomes: the model's name and the field's, in PascalCase.</summary>
    public static string EnumName(SchemaModel model, FieldModel field) => model.Name + Identifiers.ToPascalCase(field.Name);

    /// <summary>Claims the name of a type an enum field makes; false when it is taken (reported at the field).</summary>
    private static bool Take(string name, Claim claim, string ns, Dictionary<string, Claim> claims, List<DiagnosticInfo> diagnostics)
    {
        if (Problem(name, ns, claims) is { } problem)
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.TypeNameCollision, claim.Field!.Location, $"The {claim.Role} of field {claim.Model.Name}.{claim.Field.Name} would be the C# type {name}, which {problem}; rename the field or the other model."));
            return false;
        }

        claims[name] = claim;
        return true;
    }

    private static string? Problem(string name, string ns, Dictionary<string, Claim> claims)
    {
        if (claims.TryGetValue(name, out var owner))
        {
            return "is already " + owner;
        }

        if (Reserved.TryGetValue(name, out var why))
        {
            return $"is reserved: {why}";
        }

        if (IsNamed(ManifestNamespace, ns, name) || IsNamed(ManifestClass, ns, name))
        {
            return $"is {ns}.{name}, which the generated build manifest uses";
        }

        return null;
    }

    /// <summary>Whether <paramref name="full"/> is <c>ns.name</c>, without spelling that for every type name checked.</summary>
    private static bool IsNamed(string full, string ns, string name) =>
        full.Length == ns.Length + 1 + name.Length && full[ns.Length] == '.' && full.StartsWith(ns, StringComparison.Ordinal) && full.EndsWith(name, StringComparison.Ordinal);

    /// <summary>What holds a type name: a model, or a type one of its enum fields makes; worded only when a message names it.</summary>
    private readonly record struct Claim(SchemaModel Model, FieldModel? Field, string? Role)
    {
        public override string ToString() =>
            Field is null ? $"model {Model.Name} ({Wording.FileName(Model.FilePath)})" : $"the {Role} of field {Model.Name}.{Field.Name}";
    }
}
