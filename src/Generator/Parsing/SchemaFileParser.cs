using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// One schema file's YAML → a <see cref="SchemaDraft"/> for Validation's <c>SchemaFileChecks</c>, with the problems
/// of its shape as diagnostics (each field's are kept in its <see cref="FieldDraft"/>).
/// </summary>
internal static class SchemaFileParser
{
    private static readonly string[] ModelKeys = { "name", "table", "description", "primary_key", "primary_key_name", "fields", "indexes", "checks" };

    public static ReadSchemaFile Parse(InputFile file, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics(DiagnosticSet.Schema);
        var draft = ParseDraft(file, diagnostics, cancellationToken);
        return new ReadSchemaFile(file.Path, diagnostics.ToArray(), draft);
    }

    private static SchemaDraft? ParseDraft(InputFile file, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        if (YamlTreeReader.ReadFile(file, "schema", "'name' and 'fields'", "the model", ModelKeys, diagnostics, cancellationToken) is not { } reader)
        {
            return null;
        }

        var nameNode = reader.Scalar("name", required: true);

        // Messages name the model only by a name Validation will accept; its problem is Validation's to report.
        var name = nameNode is not null && IdentifierShapes.PascalCaseProblem(nameNode.Value) is null ? nameNode.Value : null;
        var what = name is null ? "the model" : $"model {name}";
        var tableNode = reader.Scalar("table");
        var description = reader.String("description");
        var primaryKey = reader.LocatedList("primary_key");
        var fieldsNode = reader.MappingOf("fields", required: true);
        var fields = fieldsNode is null ? EquatableArray<FieldDraft>.Empty : FieldParser.ParseAll(fieldsNode, name, cancellationToken);
        if (fieldsNode is not null && fieldsNode.Entries.Count == 0)
        {
            diagnostics.Add(Descriptors.SchemaMissingKey, fieldsNode.Location, $"{Wording.Capitalize(what)} has no fields.");
        }

        return new SchemaDraft(
            nameNode is null ? null : new LocatedValue(nameNode.Value, nameNode.Location),
            tableNode is null ? null : new LocatedValue(tableNode.Value, tableNode.Location),
            description,
            fields,
            fieldsNode?.Location ?? reader.Mapping.Location,
            IndexParser.ParseAll(reader, what, diagnostics).ToEquatableArray())
        {
            Checks = CheckParser.ParseAll(reader, what, diagnostics).ToEquatableArray(),
            PrimaryKey = primaryKey,
            PrimaryKeyLocation = reader.Has("primary_key") ? reader.KeyLocationOf("primary_key") : null,
            PrimaryKeyName = reader.Scalar("primary_key_name") is { } keyName ? new LocatedValue(keyName.Value, keyName.Location) : null,
        };
    }
}
