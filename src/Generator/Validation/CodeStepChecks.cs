using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>Each <c>code:</c> step of a migration file names exactly one class of the app that can run as a step.</summary>
internal static class CodeStepChecks
{
    public static EquatableArray<DiagnosticInfo> Check(ParsedMigrationFile file, EquatableArray<CodeStepClass> classes)
    {
        if (file.Migration is not { } migration)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var found = new List<DiagnosticInfo>();
        foreach (var op in migration.Up.Concat(migration.Down).Where(o => o.Kind == OperationKind.Code))
        {
            var named = classes.Where(c => c.Name == op.Name).ToList();
            var usable = named.Where(c => c.Problem is null).ToList();
            if (usable.Count > 1)
            {
                found.Add(new DiagnosticInfo(
                    Descriptors.AmbiguousCodeStep,
                    op.Location,
                    $"The code step '{op.Name}' matches {usable.Count} classes of the app ({string.Join(", ", usable.Select(Display))}); a code step names its class by its simple name, so rename all but one."));
            }
            else if (usable.Count == 0)
            {
                found.Add(new DiagnosticInfo(Descriptors.UnknownCodeStep, op.Location, NotUsable(op.Name!, named, classes)));
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>The class the generated migration creates for a code step, or null when <see cref="Check"/> reports it.</summary>
    public static CodeStepClass? Resolve(string name, EquatableArray<CodeStepClass> classes)
    {
        var usable = classes.Where(c => c.Name == name && c.Problem is null).Take(2).ToList();
        return usable.Count == 1 ? usable[0] : null;
    }

    private static string NotUsable(string name, List<CodeStepClass> named, EquatableArray<CodeStepClass> classes)
    {
        if (named.Count > 0)
        {
            return $"The code step '{name}' cannot run {string.Join(" or ", named.Select(c => $"{Display(c)}, which {c.Problem}"))}: its class must be a class of the app that implements BackendInABox.IMigrationStep, with a public constructor without parameters.";
        }

        var suggestion = Suggestions.Closest(name, classes.Where(c => c.Problem is null).Select(c => c.Name).ToList());
        return $"The code step '{name}' names no class of the app.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")} Write a class '{name}' that implements BackendInABox.IMigrationStep (any namespace).";
    }

    private static string Display(CodeStepClass c) => c.FullName.StartsWith("global::", System.StringComparison.Ordinal) ? c.FullName.Substring("global::".Length) : c.FullName;
}
