using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit;

/// <summary>A schema model → a partial entity class, its enums, and constants for its table and column names.</summary>
internal static class EntityEmitter
{
    /// <summary>The input of <paramref name="model"/>'s entity: the key type of each model its refs target.</summary>
    public static EntityInput Input(SchemaModel model, SchemaSet set, string ns) => new(
        model,
        model.Fields.Where(f => f.Type == FieldType.Ref).Select(f => f.Target!).Distinct()
            .Select(target => new StoredKey(target, RefColumnTypes.StoredKey(set, SchemaSetBuilder.Find(set, target)!).Type)).ToEquatableArray(),
        ns);

    public static GeneratedSource Emit(EntityInput input)
    {
        var (model, ns) = (input.Model, input.Namespace);
        var properties = model.Fields.Select(PropertyName).ToList();
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.OpenType(model.Description is { } description ? CodeWriter.Xml(description) : $"A row of the <c>{CodeWriter.Xml(model.Table)}</c> table.", $"public partial class {CodeWriter.Identifier(model.Name)}", EntityAttributes.Table(model));
        w.Summary("The table this entity is stored in.");
        w.Line($"public const string TableName = {CodeWriter.Quote(model.Table)};");
        w.Line();

        w.Summary($"The column names of <see cref=\"{model.Name}\"/>, so hand-written SQL need not repeat strings.");
        w.Open("public static class Columns");
        for (var i = 0; i < model.Fields.Count; i++)
        {
            w.Summary($"The column of <see cref=\"{properties[i]}\"/>.");
            w.Line($"public const string {properties[i]} = {CodeWriter.Quote(model.Fields[i].Column)};");
        }

        DataAccess.ColumnLists.Write(w, model, properties);
        w.Close();

        for (var i = 0; i < model.Fields.Count; i++)
        {
            var (field, property) = (model.Fields[i], properties[i]);
            w.Line();
            if (field.Description is { } text)
            {
                w.Summary(CodeWriter.Xml(text));
            }
            else
            {
                w.Summary($"Column <c>{CodeWriter.EscapeXml(field.Column)}</c>: {ColumnType(field)}{(field.Primary ? ", primary key" : field.Required ? ", required" : string.Empty)}{(field.Unique ? ", unique" : string.Empty)}.");
            }

            EntityAttributes.Write(w, model, field);
            var partial = input.Declared.Contains(property.TrimStart('@'));
            w.Line($"public {(partial ? "partial " : string.Empty)}{PropertyType(model, field, input, ns)}{(field.Required ? string.Empty : "?")} {property} {{ {(partial ? "get => field; set => field = value;" : "get; set;")} }}{Initializer(model, field, input, ns)}");
        }

        w.Close();

        for (var i = 0; i < model.Fields.Count; i++)
        {
            if (model.Fields[i].Type == FieldType.Enum)
            {
                EmitEnum(w, model, model.Fields[i], properties[i]);
            }
        }

        w.Close();
        return new GeneratedSource(model.Name + ".g.cs", w.ToString());
    }

    public static string PropertyName(FieldModel field) => CodeWriter.Identifier(field.Property);

    private static void EmitEnum(CodeWriter w, SchemaModel model, FieldModel field, string property)
    {
        var name = CodeWriter.Identifier(TypeNames.EnumName(model, field));
        var members = Enumerable.Range(0, field.Values.Count).Select(i => (Label: field.Values[i], Member: CodeWriter.Identifier(field.EnumMember(i)))).ToList();
        w.Line();
        w.OpenType($"The values of <see cref=\"{model.Name}.{property}\"/>, stored as text in column <c>{CodeWriter.Xml(field.Column)}</c>.", $"public enum {name}", EnumJsonConverters.Attribute(name));
        foreach (var (label, member) in members)
        {
            w.Summary($"Stored as <c>{CodeWriter.EscapeXml(label)}</c>.");
            w.Line($"{member},");
        }

        w.Close();
        w.Line();
        w.OpenType($"Converts <see cref=\"{name}\"/> to and from the text the database stores.", $"public static class {name}Values");
        w.Summary("The text stored in the database for this value.");
        w.Open($"public static string ToDbValue(this {name} value) => value switch");
        foreach (var (label, member) in members)
        {
            w.Line($"{name}.{member} => {CodeWriter.Quote(label)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {name} value.\"),");
        w.Close(";");
        w.Line();
        w.Summary("The value for the text stored in the database.");
        w.Open($"public static {name} Parse(string value) => value switch");
        foreach (var (label, member) in members)
        {
            w.Line($"{CodeWriter.Quote(label)} => {name}.{member},");
        }

        w.Line($"_ => throw new global::System.FormatException(\"'\" + value + \"' is not a {name} value.\"),");
        w.Close(";");
        w.Close();
        EnumJsonConverters.Emit(w, name, members);
    }

    /// <summary>An enum type qualified in full: inside the entity class a property may carry the enum's simple name.</summary>
    private static string EnumType(SchemaModel model, FieldModel field, string ns) => $"global::{ns}.{CodeWriter.Identifier(TypeNames.EnumName(model, field))}";

    /// <summary>The property's type without the <c>?</c> of an optional field.</summary>
    private static string PropertyType(SchemaModel model, FieldModel field, EntityInput input, string ns)
    {
        var type = field.Type switch
        {
            FieldType.Enum => EnumType(model, field, ns),
            FieldType.Ref => ClrType(field.RefColumnType ?? input.KeyTypeOf(field.Target!)),
            FieldType.Custom => field.ClrType ?? "string",
            _ => ClrType(field.Type),
        };
        return field.Array ? $"global::System.Collections.Generic.List<{type}>" : type;
    }

    public static string ClrType(FieldType type) => type switch
    {
        FieldType.Uuid => "global::System.Guid",
        FieldType.String or FieldType.Text or FieldType.Json => "string",
        FieldType.Char => "string",
        FieldType.SmallInt => "short",
        FieldType.Integer => "int",
        FieldType.BigInt => "long",
        FieldType.Real => "float",
        FieldType.Float => "double",
        FieldType.Decimal => "decimal",
        FieldType.Boolean => "bool",
        FieldType.Date => "global::System.DateOnly",
        FieldType.DateTime or FieldType.Timestamp => "global::System.DateTime",
        FieldType.Time => "global::System.TimeOnly",
        FieldType.DateTimeTz => "global::System.DateTimeOffset",
        FieldType.Binary => "byte[]",
        _ => "object",
    };

    /// <summary>
    /// Defaults become initializers, so <c>new User()</c> starts as the row the database would create: literals as
    /// typed constants, <c>new</c> as a fresh Guid, <c>now</c> as the current UTC time (what the column default stores),
    /// <c>current_timestamp</c> and <c>today</c> in the machine's zone; a <c>generate:</c> id is made here, not by the database.
    /// </summary>
    private static string Initializer(SchemaModel model, FieldModel field, EntityInput input, string ns)
    {
        if (field.Generate is { } generate)
        {
            return $" = {GeneratedValues.Expression(generate, field.Type)};";
        }

        if (field.Default is { } value && DefaultExpression(model, field, value, ns) is { } expression)
        {
            return $" = {expression};";
        }

        if (field.AutoUpdate)
        {
            // A new row starts as current as the trigger keeps it afterwards.
            return field.Type == FieldType.DateTimeTz ? " = global::System.DateTimeOffset.UtcNow;" : " = global::System.DateTime.UtcNow;";
        }

        if (field.Required)
        {
            if (field.Array)
            {
                return " = new();";
            }

            // A required reference is typed as its target's key, so a text key needs the same initializer as a text field.
            var type = field.Type == FieldType.Ref ? field.RefColumnType ?? input.KeyTypeOf(field.Target!) : field.Type;
            switch (type)
            {
                case FieldType.Custom when field.ClrType is not null:
                    // The user's type may be a class or a struct; the generator cannot know which constant starts it.
                    return " = default!;";
                case FieldType.String:
                case FieldType.Char:
                case FieldType.Text:
                case FieldType.Json:
                case FieldType.Custom:
                    return " = string.Empty;";
                case FieldType.Binary:
                    return " = global::System.Array.Empty<byte>();";
            }
        }

        return string.Empty;
    }

    private static string? DefaultExpression(SchemaModel model, FieldModel field, DefaultValue value, string ns)
    {
        switch (value.Kind)
        {
            case DefaultKind.NewUuid:
                return "global::System.Guid.NewGuid()";
            case DefaultKind.Now:
                return field.Type == FieldType.DateTimeTz ? "global::System.DateTimeOffset.UtcNow" : "global::System.DateTime.UtcNow";
            case DefaultKind.CurrentTimestamp:
                return field.Type == FieldType.DateTimeTz ? "global::System.DateTimeOffset.Now" : "global::System.DateTime.Now";
            case DefaultKind.Today:
                return "global::System.DateOnly.FromDateTime(global::System.DateTime.Now)";
            case DefaultKind.Sql:
                // Only the database can evaluate the developer's SQL.
                return null;
        }

        var text = value.Value;
        if (field.Array)
        {
            var labels = field.Type == FieldType.Enum ? LabelLists.Parse(text) : null;
            return labels is null || labels.Count == 0
                ? "new()"
                : "new() { " + string.Join(", ", labels.Select(l => EnumType(model, field, ns) + "." + CodeWriter.Identifier(field.EnumMemberOf(l)))) + " }";
        }

        return field.Type switch
        {
            FieldType.String or FieldType.Char or FieldType.Text or FieldType.Json => CodeWriter.Literal(text),
            FieldType.Integer or FieldType.SmallInt or FieldType.Boolean => text,
            FieldType.BigInt => text + "L",
            FieldType.Real => text + "f",
            FieldType.Float => text.IndexOfAny(new[] { '.', 'E' }) >= 0 ? text : text + ".0",
            FieldType.Decimal => text + "m",
            FieldType.Enum => EnumType(model, field, ns) + "." + CodeWriter.Identifier(field.EnumMemberOf(text)),
            FieldType.Uuid => $"new global::System.Guid({CodeWriter.Literal(text)})",
            FieldType.Date => DateParts(text, "yyyy-MM-dd", parts => $"new global::System.DateOnly({parts})"),
            FieldType.DateTime or FieldType.Timestamp => DateParts(text, "yyyy-MM-dd'T'HH:mm:ss", parts => $"new global::System.DateTime({parts})"),
            FieldType.Time => TimeParts(text),
            FieldType.DateTimeTz => DateParts(text, "yyyy-MM-dd'T'HH:mm:ss", parts => $"new global::System.DateTimeOffset({parts}, global::System.TimeSpan.Zero)"),
            _ => null,
        };
    }

    /// <summary>The constructor arguments of a canonical date or timestamp default (year, month, day[, hour, minute, second]).</summary>
    private static string? DateParts(string text, string format, System.Func<string, string> construct)
    {
        if (!System.DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var parts = new List<int> { time.Year, time.Month, time.Day };
        if (format.Length > 10)
        {
            parts.AddRange(new[] { time.Hour, time.Minute, time.Second });
        }

        return construct(string.Join(", ", parts.ConvertAll(p => p.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>A canonical time default ("HH:mm:ss") as a TimeOnly constructor call.</summary>
    private static string? TimeParts(string text) =>
        System.DateTime.TryParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? $"new global::System.TimeOnly({time.Hour.ToString(CultureInfo.InvariantCulture)}, {time.Minute.ToString(CultureInfo.InvariantCulture)}, {time.Second.ToString(CultureInfo.InvariantCulture)})"
            : null;

    /// <summary>A column's type as the schema gives it: <c>string(40)</c>, <c>decimal(12,2)</c>, <c>array of uuid</c>, <c>reference to Team</c>.</summary>
    private static string ColumnType(FieldModel field)
    {
        if (field.Type == FieldType.Ref)
        {
            return "reference to " + field.Target;
        }

        var type = EnumNames.FieldTypes.Name(field.Type);
        if (field.MaxLength is { } length)
        {
            type += "(" + length.ToString(CultureInfo.InvariantCulture) + ")";
        }

        if (field.Precision is { } precision)
        {
            type += field.Scale is { } scale
                ? $"({precision.ToString(CultureInfo.InvariantCulture)},{scale.ToString(CultureInfo.InvariantCulture)})"
                : $"({precision.ToString(CultureInfo.InvariantCulture)})";
        }

        if (field.Custom is { } custom)
        {
            type += $" ({CodeWriter.Xml(custom.Postgres)} / {CodeWriter.Xml(custom.Sqlite)})";
        }

        return field.Array ? "array of " + type : type;
    }
}
