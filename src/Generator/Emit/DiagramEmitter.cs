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

    public static GeneratedText Emit(SchemaSet schemas)
    {
        var chunks = new List<string>();
        var text = new StringBuilder(GeneratedText.BufferCapacity).Append("erDiagram\n");
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
            Cut(chunks, text);
        }

        foreach (var model in schemas.Models)
        {
            foreach (var field in model.Fields.Where(f => f.Type == FieldType.Ref && f.Target is not null))
            {
                // A ref that is the whole key is one-to-one; one that is part of a composite key is not.
                var many = field.Unique || (field.Primary && model.PrimaryKey.Count == 1) ? "|o" : "}o";
                var parent = field.Required ? "||" : "o|";
                text.Append("    ").Append(model.Name).Append(' ').Append(many).Append("--").Append(parent).Append(' ')
                    .Append(field.Target).Append(" : \"").Append(field.Name).Append("\"\n");
                Cut(chunks, text);
            }
        }

        chunks.Add(text.ToString());
        return new GeneratedText(chunks.ToArray());
    }

    /// <summary>Takes a chunk at the end of a line once the buffer is long.</summary>
    private static void Cut(List<string> chunks, StringBuilder text)
    {
        if (text.Length >= GeneratedText.ChunkLength)
        {
            chunks.Add(text.ToString());
            text.Clear();
        }
    }

    /// <summary>A ref's column has its target's stored key type; every other field its YAML type.</summary>
    private static string TypeOf(FieldModel field, Dictionary<string, SchemaModel> models)
    {
        // A key may itself be a ref (KeyReferences rules out cycles), so follow refs to the key that has a type of its own.
        for (var hops = 0; field.Type == FieldType.Ref && field.Target is { } target && models.TryGetValue(target, out var parent)
            && parent.Fields.FirstOrDefault(f => f.Primary) is { } key && hops <= models.Count; hops++)
        {
            field = key;
        }

        return EnumNames.FieldTypes.Name(field.Type);
    }

    /// <summary>The key markers of a column, <c>PK, FK</c>; written as constants, since every column has one of these few.</summary>
    private static string Keys(FieldModel field) => (field.Primary, field.Type == FieldType.Ref, field.Unique) switch
    {
        (true, true, true) => "PK, FK, UK",
        (true, true, false) => "PK, FK",
        (true, false, true) => "PK, UK",
        (true, false, false) => "PK",
        (false, true, true) => "FK, UK",
        (false, true, false) => "FK",
        (false, false, true) => "UK",
        _ => string.Empty,
    };

    /// <summary>
    /// Mermaid reads an attribute name as one word of ASCII letters, digits and underscores; a column named otherwise
    /// ("Order Total", "it's") is shown as such a word, its real name in the comment.
    /// </summary>
    private static string AttributeName(string column)
    {
        if (IsWord(column))
        {
            return column;
        }

        var name = new StringBuilder(column.Length + 1);
        foreach (var c in column)
        {
            name.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
        }

        return name[0] >= '0' && name[0] <= '9' ? "_" + name : name.ToString();
    }

    private static bool IsWord(string column)
    {
        if (column.Length == 0 || IsDigit(column[0]))
        {
            return false;
        }

        foreach (var c in column)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>A Mermaid comment is one line between double quotes, which it cannot escape: those become single quotes.</summary>
    private static string Comment(string description)
    {
        if (IsCommentAsItIs(description))
        {
            return description.Length <= CommentLength ? description : description.Substring(0, CommentLength - 1) + "…";
        }

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

    /// <summary>Whether <see cref="Comment"/> would change no character: nearly every description is one plain line.</summary>
    private static bool IsCommentAsItIs(string description)
    {
        for (var i = 0; i < description.Length; i++)
        {
            var c = description[i];
            if (c == '"' || char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029'
                || (c == ' ' && (i == 0 || i == description.Length - 1 || description[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
