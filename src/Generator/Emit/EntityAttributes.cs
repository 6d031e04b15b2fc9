using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The BCL attributes other tools read the mapping from (EF Core's conventions, validation, OpenAPI, serializers), so
/// they see the table, column, key and limits the schema gives without being told twice.
/// </summary>
internal static class EntityAttributes
{
    private const string Annotations = "global::System.ComponentModel.DataAnnotations";

    public static string Table(SchemaModel model) => $"[{Annotations}.Schema.Table({CodeWriter.Literal(model.Table)})]";

    public static void Write(CodeWriter w, SchemaModel model, FieldModel field)
    {
        if (model.PrimaryKey.Contains(field.Name))
        {
            w.Line($"[{Annotations}.Key]");
        }

        w.Line($"[{Annotations}.Schema.Column({CodeWriter.Quote(field.Column)})]");
        if (field.Required && !field.Primary)
        {
            w.Line($"[{Annotations}.Required]");
        }

        // The text's limit only (on an array or an enum it would be read as a count or fail). StringLength, not
        // MaxLength: MaxLength's constructor requires unreferenced code, a trim warning in every trimmed app's build;
        // EF Core, validation and OpenAPI read both as the maximum length.
        if (field.MaxLength is { } length && !field.Array && field.Type is FieldType.String or FieldType.Char or FieldType.Text)
        {
            w.Line($"[{Annotations}.StringLength({length})]");
        }
    }
}
