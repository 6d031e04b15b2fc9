using System.Collections.Generic;
using System.Linq;
using System.Text;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// A Mermaid <c>erDiagram</c> of the schema's models and their refs (what `migrate diagram` prints, and GitHub and IDEs
/// render): one entity per model with its columns, keys and descriptions, one relationship per ref, read from the child
/// (<c>}o--||</c> many to one, <c>|o--||</c> for a unique ref, <c>o|</c> on the parent's side when the ref is optional).
/// </summary>
internal static class DiagramEmitter
{
    private const int CommentLength = 80;

    public static string Emit(SchemaSet schemas)
    {
        var text = new StringBuilder("erDiagram\n");
        var models = schemas.Models.ToDictionary(m => m.Name);
        foreach (var model in schemas.Models)
        {
            text.Append("    ").Append(model.Name).Append(" {\n");
            foreach (var field in model.Fields)
            {
                var name = AttributeName(field.Column);
                text.Append("        ").Append(TypeOf(field, models)).Append(' ').Append(name);
                var keys = Keys(field);
                if (keys.Length > 0)
                {
                    text.Append(' ').Append(keys);
                }

                var comment = name == field.Column ? field.Description : field.Column + (field.Description is { } said ? ": " + said : string.Empty);
                if (comment is not null)
                {
                    text.Append(" \"").Append(Comment(comment)).Append('"');
                }

                text.Append('\n');
            }

            text.Append("    }\n");
        }

        foreach (var model in schemas.Models)
        {
            foreach (var field in model.Fields.Where(f => f.Type == FieldType.Ref && f.Target is not null))
            {
                var many = field.Unique || field.Primary ? "|o" : "}o";
                var parent = field.Required ? "||" : "o|";
                text.Append("    ").Append(model.Name).Append(' ').Append(many).Append("--").Append(parent).Append(' ')
                    .Append(field.Target).Append(" : \"").Append(field.Name).Append("\"\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A ref's column has its target's key type; every other field its YAML type.</summary>
    private static string TypeOf(FieldModel field, Dictionary<string, SchemaModel> models)
    {
        if (field.Type == FieldType.Ref && field.Target is { } target && models.TryGetValue(target, out var parent)
            && parent.Fields.FirstOrDefault(f => f.Primary) is { } key)
        {
            return EnumNames.FieldTypes.Name(key.Type);
        }

        return EnumNames.FieldTypes.Name(field.Type);
    }

    private static string Keys(FieldModel field)
    {
        var keys = new List<string>();
        if (field.Primary)
        {
            keys.Add("PK");
        }

        if (field.Type == FieldType.Ref)
        {
            keys.Add("FK");
        }

        if (field.Unique)
        {
            keys.Add("UK");
        }

        return string.Join(", ", keys);
    }

    /// <summary>
    /// Mermaid reads an attribute name as one word of ASCII letters, digits and underscores; a column named otherwise
    /// ("Order Total", "it's") is shown as such a word, its real name in the comment.
    /// </summary>
    private static string AttributeName(string column)
    {
        var name = new StringBuilder(column.Length + 1);
        foreach (var c in column)
        {
            name.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
        }

        return name[0] >= '0' && name[0] <= '9' ? "_" + name : name.ToString();
    }

    /// <summary>A Mermaid comment is one line between double quotes, which it cannot escape: those become single quotes.</summary>
    private static string Comment(string description)
    {
        var line = new StringBuilder(description.Length);
        foreach (var c in description)
        {
            line.Append(c switch
            {
                '"' => '\'',
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' => ' ',
                _ => c,
            });
        }

        var text = string.Join(" ", line.ToString().Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= CommentLength ? text : text.Substring(0, CommentLength - 1) + "…";
    }
}
