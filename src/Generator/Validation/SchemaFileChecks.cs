using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// The checks of one schema file's model as a whole (its table name, its primary key, its indexes, its checks) → the model, or
/// none when the file has an error. Its diagnostics follow the ones Parsing reported while reading.
/// </summary>
internal static class SchemaFileChecks
{
    public static ParsedSchemaFile Check(ReadSchemaFile file)
    {
        var diagnostics = new FileDiagnostics(DiagnosticSet.Schema, file.Diagnostics);
        if (file.Draft is not { } draft)
        {
            return new ParsedSchemaFile(file.Path, null, diagnostics.ToArray());
        }

        var name = ModelName(draft.Name, diagnostics);
        var what = name is null ? "the model" : $"model {name}";
        var table = Table(draft, name, what, diagnostics);
        var (fields, key) = KeyChecks.Check(draft, name, FieldBuilder.Build(draft.Fields, name, diagnostics), what, diagnostics);
        var indexes = IndexChecks.Check(draft.Indexes, table ?? "table", fields, draft.Fields, what, diagnostics);
        var checks = CheckConstraints.Check(draft.Checks, table ?? "table", fields, what, diagnostics);
        var keyName = draft.PrimaryKeyName is { } written ? DatabaseNames.Check(written.Value, written.Location, "primary_key_name", what, diagnostics) : null;

        var model = name is null || table is null || diagnostics.HasErrors
            ? null
            : new SchemaModel(name, table, draft.Description, fields.ToEquatableArray(), indexes.ToEquatableArray(), file.Path, draft.Name!.Location) { PrimaryKey = key, Checks = checks, PrimaryKeyName = keyName };
        return new ParsedSchemaFile(file.Path, model, diagnostics.ToArray(), name);
    }

    /// <summary>The model name, null when it is missing or not a valid C# type name (reported).</summary>
    private static string? ModelName(LocatedValue? written, FileDiagnostics diagnostics)
    {
        if (written is not null && IdentifierShapes.PascalCaseProblem(written.Value) is { } problem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, written.Location, $"The model name '{Wording.Shorten(written.Value)}' is not a valid C# type name: {problem}.");
            return null;
        }

        return written?.Value;
    }

    private static string? Table(SchemaDraft draft, string? name, string what, FileDiagnostics diagnostics)
    {
        string? table = null;
        if (draft.Table is { } written)
        {
            table = DatabaseNames.Check(written.Value, written.Location, "table name", what, diagnostics);
        }
        else if (name is not null)
        {
            table = Identifiers.DefaultTableName(name);
            if (IdentifierShapes.SnakeCaseProblem(table) is { } problem)
            {
                diagnostics.Add(Descriptors.InvalidIdentifier, draft.Name!.Location, $"The table name '{table}' derived from model {name} is not valid: {problem}; set 'table:'.");
                return null;
            }
        }

        if (table is not null && Identifiers.TableOwner(table) is { } owner)
        {
            diagnostics.Add(Descriptors.ReservedWord, draft.Table?.Location ?? draft.Name!.Location, $"The table name '{table}' of {what} is reserved: it is {owner}. {(draft.Table is null ? "Set 'table:' to another name." : "Choose another name.")}");
            return null;
        }

        return table;
    }
}
