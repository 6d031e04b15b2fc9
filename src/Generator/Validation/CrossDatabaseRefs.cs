using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// A ref whose target only another database has (BIAB024): a foreign key cannot reach into another database, so
/// the error names where the model is instead of calling it unknown.
/// </summary>
internal static class CrossDatabaseRefs
{
    public static DiagnosticInfo? Check(SchemaModel model, FieldModel field, string database, IReadOnlyList<ModelElsewhere> elsewhere)
    {
        var others = elsewhere.Where(m => m.Name == field.Target).Select(m => $"'{m.Database}'").Distinct().ToList();
        if (others.Count == 0)
        {
            return null;
        }

        return new DiagnosticInfo(
            Descriptors.CrossDatabaseRef,
            field.Location,
            $"Field {model.Name}.{field.Name} refers to model '{field.Target}', which is a model of database {string.Join(" and ", others)}, not of database '{database}'; refs cannot cross databases (a foreign key stays within one database). Store the key as a plain field instead, or move the model into database '{database}'.");
    }
}
