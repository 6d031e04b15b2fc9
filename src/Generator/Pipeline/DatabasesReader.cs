using System.Collections.Generic;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Reads the app's databases: the implicit one from the build properties (<see cref="OptionsReader"/>), the declared
/// ones from BackendInABoxDatabases, which the package's targets build from the BackendInABoxDatabase items as
/// <c>name|schemaDir|migrationsDir|namespace</c> per item, joined by '|' (an editorconfig value ends at ';' or '#').
/// </summary>
internal static class DatabasesReader
{
    public const int FieldsPerDatabase = 4;

    public static DatabaseSet Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var global = provider.GlobalOptions;
        var implicitDatabase = OptionsReader.Read(provider, cancellationToken);
        var declared = new List<DatabaseDeclaration>();
        var malformed = false;
        if (global.TryGetValue("build_property.BackendInABoxDatabases", out var text) && !string.IsNullOrWhiteSpace(text))
        {
            var fields = text.Split('|');
            malformed = fields.Length % FieldsPerDatabase != 0;
            for (var i = 0; !malformed && i < fields.Length; i += FieldsPerDatabase)
            {
                declared.Add(new DatabaseDeclaration(fields[i].Trim(), fields[i + 1].Trim(), fields[i + 2].Trim(), fields[i + 3].Trim()));
            }
        }

        var rootNamespace = global.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() : implicitDatabase.Namespace;
        var projectFile = global.TryGetValue("build_property.MSBuildProjectFullPath", out var project) && !string.IsNullOrWhiteSpace(project)
            ? OptionsReader.NormalizeDirectory(project.Trim())
            : null;
        return DatabaseDeclarations.Check(implicitDatabase, rootNamespace, declared, malformed ? text : null, projectFile, OptionsReader.Resolve);
    }
}
