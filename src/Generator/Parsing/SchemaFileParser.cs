using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Parsing;

/// <summary>One schema file's YAML → <see cref="SchemaModel"/>, with every problem of the file itself as a diagnostic.</summary>
internal static class SchemaFileParser
{
    private static readonly string[] ModelKeys = { "name", "table", "description", "fields", "indexes" };

    public static ParsedSchemaFile Parse(InputFile file, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics(DiagnosticSet.Schema);
        var model = ParseModel(file, diagnostics, cancellationToken, out var declaredName);
        return new ParsedSchemaFile(file.Path, diagnostics.HasErrors ? null : model, diagnostics.ToArray(), declaredName);
    }

    private static SchemaModel? ParseModel(InputFile file, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken, out string? declaredName)
    {
        declaredName = null;
        var mapping = YamlTreeReader.ReadMapping(file, "schema", "'name' and 'fields'", diagnostics, cancellationToken);
        if (mapping is null)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "the model", diagnostics, ModelKeys);
        var nameNode = reader.Scalar("name", required: true);
        var name = nameNode?.Value;
        if (nameNode is not null && Identifiers.PascalCaseProblem(nameNode.Value) is { } nameProblem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, nameNode.Location, $"The model name '{Wording.Shorten(nameNode.Value)}' is not a valid C# type name: {nameProblem}.");
            name = null;
        }

        declaredName = name;
        var what = name is null ? "the model" : $"model {name}";
        var tableNode = reader.Scalar("table");
        string? table = null;
        if (tableNode is not null)
        {
            table = CheckSqlName(tableNode, "table name", what, diagnostics);
        }
        else if (name is not null)
        {
            table = Identifiers.DefaultTableName(name);
            if (Identifiers.SnakeCaseProblem(table) is { } problem)
            {
                diagnostics.Add(Descriptors.InvalidIdentifier, nameNode!.Location, $"The table name '{table}' derived from model {name} is not valid: {problem}; set 'table:'.");
                table = null;
            }
        }

        if (table is not null && Identifiers.TableOwner(table) is { } owner)
        {
            diagnostics.Add(Descriptors.ReservedWord, tableNode?.Location ?? nameNode!.Location, $"The table name '{table}' of {what} is reserved: it is {owner}. {(tableNode is null ? "Set 'table:' to another name." : "Choose another name.")}");
            table = null;
        }

        var description = reader.String("description");
        var fieldsNode = reader.MappingOf("fields", required: true);
        var fields = fieldsNode is null ? new List<FieldModel>() : FieldParser.ParseAll(fieldsNode, name, diagnostics, cancellationToken);
        if (fieldsNode is not null && fieldsNode.Entries.Count == 0)
        {
            diagnostics.Add(Descriptors.SchemaMissingKey, fieldsNode.Location, $"{Wording.Capitalize(what)} has no fields.");
        }

        CheckPrimaryKey(fields, fieldsNode?.Location ?? mapping.Location, what, diagnostics);
        var indexes = IndexParser.ParseAll(reader, table ?? "table", fields, what, diagnostics);

        if (name is null || table is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new SchemaModel(name, table, description, fields.ToEquatableArray(), indexes.ToEquatableArray(), file.Path, nameNode!.Location);
    }

    internal static string? CheckSqlName(YamlScalar node, string kind, string what, FileDiagnostics diagnostics)
    {
        if (Identifiers.SnakeCaseProblem(node.Value) is { } problem)
        {
            diagnostics.Add(Descriptors.InvalidIdentifier, node.Location, $"The {kind} '{Wording.Shorten(node.Value)}' of {what} is not a valid SQL identifier: {problem}.");
            return null;
        }

        if (Identifiers.IsSqlReserved(node.Value))
        {
            diagnostics.Add(Descriptors.ReservedWord, node.Location, $"The {kind} '{node.Value}' of {what} is an SQL reserved word; hand-written SQL would have to quote it everywhere. Choose another name.");
            return null;
        }

        return node.Value;
    }

    private static void CheckPrimaryKey(List<FieldModel> fields, LocationInfo location, string what, FileDiagnostics diagnostics)
    {
        var primary = fields.FindAll(f => f.Primary);
        if (primary.Count == 0 && fields.Count > 0)
        {
            diagnostics.Add(Descriptors.PrimaryKey, location, $"{Wording.Capitalize(what)} has no primary key; mark one field with 'primary: true' (for example id: {{ type: uuid, primary: true, default: new }}).");
        }
        else if (primary.Count > 1)
        {
            diagnostics.Add(Descriptors.PrimaryKey, primary[1].Location, $"{Wording.Capitalize(what)} marks {primary.Count} fields as primary ({string.Join(", ", primary.ConvertAll(f => f.Name))}); composite keys are not supported, use one key and a unique index.");
        }
    }
}
