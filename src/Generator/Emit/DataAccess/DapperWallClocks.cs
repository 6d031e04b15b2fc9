using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// A <c>timestamp</c> (wall-clock) and a <c>datetime</c> (UTC instant) are both <c>DateTime</c> properties, and Dapper
/// picks a type handler by the property's type alone, while SQLite stores both as the same text. So Dapper reads a
/// <c>timestamp</c> column into a private property of its own type, <c>WallClock</c>, whose handler gives Kind
/// Unspecified and which sets the public property; the <c>DateTime</c> handler stays the instants'.
/// </summary>
internal static class DapperWallClocks
{
    private const string TypeName = "WallClock";

    public static bool Reads(FieldModel field) => field.Type == FieldType.Timestamp && !field.Array;

    /// <summary>The property Dapper sets for <paramref name="field"/>: an underscore keeps it apart from the schema's properties, which are PascalCase.</summary>
    public static string PropertyName(FieldModel field) => EntityEmitter.PropertyName(field).TrimStart('@') + "_" + TypeName;

    /// <summary>The column map's entry: the private property is found with <c>NonPublic</c>.</summary>
    public static string MapEntry(FieldModel field) =>
        $"{CodeWriter.Literal(field.Column)} => type.GetProperty({CodeWriter.Literal(PropertyName(field))}, global::System.Reflection.BindingFlags.Instance | global::System.Reflection.BindingFlags.NonPublic)!,";

    public static string Registration(string mapper) => $"{mapper}.AddTypeHandler(new {TypeName}Handler());";

    public static void EmitTypes(CodeWriter w, string mapper, string parameter)
    {
        w.Line();
        w.Summary("A <c>timestamp</c> column's value as Dapper reads it: a wall-clock time, of unspecified kind.");
        w.Line($"internal readonly record struct {TypeName}(global::System.DateTime Value);");
        w.Line();
        w.Open($"private sealed class {TypeName}Handler : {mapper}.TypeHandler<{TypeName}>");
        w.Line($"public override void SetValue({parameter} parameter, {TypeName} value) => parameter.Value = global::System.DateTime.SpecifyKind(value.Value, global::System.DateTimeKind.Unspecified);");
        w.Line();
        w.Line($"public override {TypeName} Parse(object value) => new(value is string text ? {FieldAccess.Support}.ParseWallClock(text) : global::System.DateTime.SpecifyKind((global::System.DateTime)value, global::System.DateTimeKind.Unspecified));");
        w.Close();
    }

    /// <summary>The private properties of <paramref name="model"/>'s <c>timestamp</c> fields, inside the entity's partial class.</summary>
    public static void EmitProperties(CodeWriter w, SchemaModel model, string className)
    {
        foreach (var field in model.Fields.Where(Reads))
        {
            var property = EntityEmitter.PropertyName(field);
            w.Line();
            w.Summary($"Where Dapper reads column <c>{CodeWriter.EscapeXml(field.Column)}</c>, so <see cref=\"{property.TrimStart('@')}\"/> gets Kind Unspecified (see {className}.{TypeName}).");
            w.Line(field.Required
                ? $"private {className}.{TypeName} {PropertyName(field)} {{ set => {property} = value.Value; }}"
                : $"private {className}.{TypeName}? {PropertyName(field)} {{ set => {property} = value?.Value; }}");
        }
    }
}
