using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// <c>generate:</c> (BIAB055) and how it and <c>default_sql:</c> (BIAB056) combine with <c>default:</c>: a field has at
/// most one source for the value a new row starts with.
/// </summary>
internal static class GenerateChecks
{
    public static GenerateKind? Generate(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.Generate is not { } node)
        {
            return null;
        }

        if (!GenerateKinds.Names.TryParse(node.Value, out var kind))
        {
            var suggestion = Suggestions.Closest(node.Value, GenerateKinds.Names.Names);
            diagnostics.Add(Descriptors.InvalidGenerate, node.Location, $"generate of {what} must be one of {string.Join(", ", GenerateKinds.Names.Names)}, not '{Wording.Shorten(node.Value)}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
            return null;
        }

        if (kind == GenerateKind.Cuid)
        {
            diagnostics.Add(Descriptors.InvalidGenerate, node.Location, $"generate: cuid of {what} is not available: no maintained cuid library is kept for the generated code, and the product does not write the algorithm itself. Use ulid (also sortable text) or uuid_v7.");
            return null;
        }

        if (draft.Array)
        {
            diagnostics.Add(Descriptors.InvalidGenerate, node.Location, $"generate: {node.Value} makes one value, but {what} is an array; remove generate or array.");
            return null;
        }

        var fits = type switch
        {
            FieldType.Uuid => kind is GenerateKind.Uuid or GenerateKind.UuidV7,
            FieldType.String or FieldType.Text => true,
            _ => false,
        };
        if (!fits)
        {
            diagnostics.Add(Descriptors.InvalidGenerate, node.Location, $"generate: {node.Value} does not fit {what}, a {EnumNames.FieldTypes.Name(type)} field: uuid and uuid_v7 fill uuid, string or text fields, ulid string or text fields.");
            return null;
        }

        if (type == FieldType.String && draft.MaxLength is { } length && length < GenerateKinds.TextLength(kind))
        {
            diagnostics.Add(Descriptors.InvalidGenerate, node.Location, $"generate: {node.Value} makes {GenerateKinds.TextLength(kind)} characters, but max_length of {what} is {length}.");
            return null;
        }

        if (draft.Has("default"))
        {
            diagnostics.Add(Descriptors.InvalidGenerate, draft.KeyLocation("default")!, $"{what.Capitalized()} has both generate and default; the entity makes a generated value, so remove the default.");
        }

        if (draft.Has("default_sql"))
        {
            diagnostics.Add(Descriptors.InvalidGenerate, draft.KeyLocation("default_sql")!, $"{what.Capitalized()} has both generate and default_sql; the entity makes a generated value, so remove default_sql.");
        }

        return kind;
    }

    public static void DefaultSqlAlone(FieldDraft draft, Subject what, FileDiagnostics diagnostics)
    {
        if (draft.Has("default_sql") && draft.Has("default"))
        {
            diagnostics.Add(Descriptors.InvalidDefaultSql, draft.KeyLocation("default_sql")!, $"{what.Capitalized()} has both default and default_sql; keep one.");
        }
    }
}
