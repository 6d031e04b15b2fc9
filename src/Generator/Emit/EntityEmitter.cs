using System.Collections.Generic;
using System.Globalization;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit;

/// <summary>A schema model → a partial entity class, its enums, and constants for its table and column names.</summary>
internal static class EntityEmitter
{
    public static GeneratedSource Emit(SchemaModel model, SchemaSet set, string ns)
    {
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.Summary(model.Description is { } description ? CodeWriter.Xml(description) : $"A row of the <c>{model.Table}</c> table.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public partial class {model.Name}");
        w.Summary("The table this entity is stored in.");
        w.Line($"public const string TableName = {CodeWriter.Literal(model.Table)};");
        w.Line();

        w.Summary($"The column names of <see cref=\"{model.Name}\"/>, so hand-written SQL need not repeat strings.");
        w.Open("public static class Columns");
        foreach (var field in model.Fields)
        {
            w.Line($"public const string {PropertyName(field)} = {CodeWriter.Literal(field.Column)};");
        }

        w.Close();

        foreach (var field in model.Fields)
        {
            w.Line();
            w.Summary(field.Description is { } text ? CodeWriter.Xml(text) : DescribeColumn(field));
            w.Line($"public {PropertyType(model, field, set)} {PropertyName(field)} {{ get; set; }}{Initializer(model, field)}");
        }

        w.Close();

        foreach (var field in model.Fields)
        {
            if (field.Type == FieldType.Enum)
            {
                EmitEnum(w, model, field);
            }
        }

        w.Close();
        return new GeneratedSource(model.Name + ".g.cs", w.ToString());
    }

    public static string PropertyName(FieldModel field) =>
        Identifiers.ToPascalCase(field.Name) + (field.Type == FieldType.Ref ? "Id" : string.Empty);

    public static string EnumName(SchemaModel model, FieldModel field) => model.Name + Identifiers.ToPascalCase(field.Name);

    private static void EmitEnum(CodeWriter w, SchemaModel model, FieldModel field)
    {
        var name = EnumName(model, field);
        w.Line();
        w.Summary($"The values of <see cref=\"{model.Name}.{PropertyName(field)}\"/>, stored as text in column <c>{field.Column}</c>.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public enum {name}");
        foreach (var value in field.Values)
        {
            w.Summary($"Stored as <c>{value}</c>.");
            w.Line(Identifiers.ToPascalCase(value) + ",");
        }

        w.Close();
        w.Line();
        w.Summary($"Converts <see cref=\"{name}\"/> to and from the text the database stores.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public static class {name}Values");
        w.Summary("The text stored in the database for this value.");
        w.Open($"public static string ToDbValue(this {name} value) => value switch");
        foreach (var value in field.Values)
        {
            w.Line($"{name}.{Identifiers.ToPascalCase(value)} => {CodeWriter.Literal(value)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {name} value.\"),");
        w.Close(";");
        w.Line();
        w.Summary("The value for the text stored in the database.");
        w.Open($"public static {name} Parse(string value) => value switch");
        foreach (var value in field.Values)
        {
            w.Line($"{CodeWriter.Literal(value)} => {name}.{Identifiers.ToPascalCase(value)},");
        }

        w.Line($"_ => throw new global::System.FormatException(\"'\" + value + \"' is not a {name} value.\"),");
        w.Close(";");
        w.Close();
    }

    private static string PropertyType(SchemaModel model, FieldModel field, SchemaSet set)
    {
        var type = field.Type switch
        {
            FieldType.Enum => EnumName(model, field),
            FieldType.Ref => ClrType(SchemaSetBuilder.KeyOf(SchemaSetBuilder.Find(set, field.Target!)!).Type),
            _ => ClrType(field.Type),
        };
        return field.Required ? type : type + "?";
    }

    public static string ClrType(FieldType type) => type switch
    {
        FieldType.Uuid => "global::System.Guid",
        FieldType.String or FieldType.Text or FieldType.Json => "string",
        FieldType.Integer => "int",
        FieldType.BigInt => "long",
        FieldType.Float => "double",
        FieldType.Decimal => "decimal",
        FieldType.Boolean => "bool",
        FieldType.Date => "global::System.DateOnly",
        FieldType.DateTime => "global::System.DateTime",
        FieldType.DateTimeTz => "global::System.DateTimeOffset",
        FieldType.Binary => "byte[]",
        _ => "object",
    };

    /// <summary>Literal defaults become initializers, so a new entity starts as the database would fill it.</summary>
    private static string Initializer(SchemaModel model, FieldModel field)
    {
        if (field.Default is { Kind: DefaultKind.Literal } value)
        {
            var literal = field.Type switch
            {
                FieldType.String or FieldType.Text or FieldType.Json => CodeWriter.Literal(value.Value),
                FieldType.Integer or FieldType.Boolean => value.Value,
                FieldType.BigInt => value.Value + "L",
                FieldType.Float => value.Value.IndexOfAny(new[] { '.', 'E' }) >= 0 ? value.Value : value.Value + ".0",
                FieldType.Decimal => value.Value + "m",
                FieldType.Enum => EnumName(model, field) + "." + Identifiers.ToPascalCase(value.Value),
                _ => null,
            };
            if (literal is not null)
            {
                return $" = {literal};";
            }
        }

        if (field.Required)
        {
            switch (field.Type)
            {
                case FieldType.String:
                case FieldType.Text:
                case FieldType.Json:
                    return " = string.Empty;";
                case FieldType.Binary:
                    return " = global::System.Array.Empty<byte>();";
            }
        }

        return string.Empty;
    }

    private static string DescribeColumn(FieldModel field)
    {
        var parts = new List<string> { FieldTypes.Name(field.Type) };
        if (field.MaxLength is { } length)
        {
            parts[0] += "(" + length.ToString(CultureInfo.InvariantCulture) + ")";
        }

        if (field.Precision is { } precision)
        {
            parts[0] += $"({precision.ToString(CultureInfo.InvariantCulture)},{(field.Scale ?? 0).ToString(CultureInfo.InvariantCulture)})";
        }

        if (field.Type == FieldType.Ref)
        {
            parts[0] = "reference to " + field.Target;
        }

        if (field.Primary)
        {
            parts.Add("primary key");
        }
        else if (field.Required)
        {
            parts.Add("required");
        }

        if (field.Unique)
        {
            parts.Add("unique");
        }

        return $"Column <c>{field.Column}</c>: {string.Join(", ", parts)}.";
    }
}
