using System.Collections.Generic;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// <c>BackendInABoxDapper.Register()</c>: every entity's column map (no name guessing), the type handlers its values
/// need in their stored form, and each entity as its own parameter object (<c>SqlMapper.IDynamicParameters</c>
/// through the ADO.NET helpers, so jsonb, enum labels and UTC instants are typed right without reflection).
/// </summary>
internal static class DapperEmitter
{
    public const string ClassName = "BackendInABoxDapper";
    public const string HintName = ClassName + ".g.cs";

    private const string Mapper = "global::Dapper.SqlMapper";
    private const string Parameter = "global::System.Data.IDbDataParameter";

    public static GeneratedSource Emit(SchemaSet set, string ns, bool npgsql)
    {
        var w = new CodeWriter();
        w.Open($"namespace {ns}");
        w.OpenType("Registers with Dapper what the generated entities need: column maps and type handlers for the values as the columns store them.", $"public static class {ClassName}");
        w.Line("private static int _registered;");
        w.Line();
        w.Summary("Call once at start-up, before the first query; later calls do nothing.");
        w.Open("public static void Register()");
        w.Open("if (global::System.Threading.Interlocked.Exchange(ref _registered, 1) == 1)");
        w.Line("return;");
        w.Close();
        w.Line();
        w.Comment("Dapper sends an enum parameter as its integer unless this is set, even with a type handler registered.");
        w.Line($"{Mapper}.Settings.PreferTypeHandlersForEnums = true;");
        foreach (var model in set.Models)
        {
            var type = $"global::{ns}.{CodeWriter.Identifier(model.Name)}";
            w.Open($"{Mapper}.SetTypeMap(typeof({type}), new global::Dapper.CustomPropertyTypeMap(typeof({type}), static (type, column) => column switch");
            foreach (var field in model.Fields)
            {
                w.Line(DapperWallClocks.Reads(field)
                    ? DapperWallClocks.MapEntry(field)
                    : $"{CodeWriter.Literal(field.Column)} => type.GetProperty({CodeWriter.Literal(EntityEmitter.PropertyName(field).TrimStart('@'))})!,");
            }

            w.Line("_ => null!,");
            w.Close("));");
        }

        foreach (var (model, field) in Enums(set))
        {
            var type = FieldAccess.EnumType(model, field, ns);
            w.Line($"{Mapper}.AddTypeHandler(new LabelHandler<{type}>(static value => value.ToDbValue(), {type}Values.Parse, {(field.NativeEnum is null ? "false" : "true")}));");
        }

        foreach (var (type, native) in EnumArrays(set, ns))
        {
            w.Line(DapperEnumArrays.Registration(type, native));
        }

        foreach (var (element, read) in ListElements(set, ns))
        {
            w.Line($"{Mapper}.AddTypeHandler(new ListHandler<{element}>(static e => {read}));");
        }

        w.Line($"{Mapper}.AddTypeHandler(new InstantHandler());");
        w.Line(DapperWallClocks.Registration(Mapper));
        w.Line($"{Mapper}.AddTypeHandler(new OffsetHandler());");
        w.Line($"{Mapper}.AddTypeHandler(new UuidHandler());");
        w.Line($"{Mapper}.AddTypeHandler(new DecimalHandler());");
        w.Line($"{Mapper}.AddTypeHandler(new DateHandler());");
        w.Line($"{Mapper}.AddTypeHandler(new TimeHandler());");
        w.Close();

        Handlers(w, npgsql);
        DapperEnumArrays.EmitTypes(w, npgsql);
        DapperWallClocks.EmitTypes(w, Mapper, Parameter);
        w.Close();

        foreach (var model in set.Models)
        {
            w.Line();
            w.Open($"partial class {CodeWriter.Identifier(model.Name)} : {Mapper}.IDynamicParameters");
            w.Line($"void {Mapper}.IDynamicParameters.AddParameters(global::System.Data.IDbCommand command, {Mapper}.Identity identity) => AddParameters((global::System.Data.Common.DbCommand)command);");
            DapperWallClocks.EmitProperties(w, model, ClassName);
            w.Close();
        }

        w.Close();
        return new GeneratedSource(HintName, w.Finish());
    }

    private static IEnumerable<(SchemaModel Model, FieldModel Field)> Enums(SchemaSet set) =>
        set.Models.SelectMany(m => m.Fields.Where(f => f.Type == FieldType.Enum).Select(f => (m, f)));

    /// <summary>The element types of the list properties: Dapper hands a PostgreSQL array over as <c>T[]</c> and SQLite's as JSON text.</summary>
    /// <remarks>A handler is per C# type: a <c>List&lt;DateTime&gt;</c> of instants and one of wall-clock times share the first field's.</remarks>
    private static IEnumerable<(string Element, string Read)> ListElements(SchemaSet set, string ns) =>
        set.Models.SelectMany(m => m.Fields.Where(f => f.Array && f.Type != FieldType.Enum).Select(f => (Element: FieldAccess.ValueType(m, f, set, ns), Read: FieldAccess.JsonElement(f, set, "e"))))
            .GroupBy(e => e.Element).Select(g => g.First()).OrderBy(e => e.Element, System.StringComparer.Ordinal);

    /// <summary>The enum types of the enum arrays, whose lists are read from their labels, and whether each is a native enum's.</summary>
    private static IEnumerable<(string Type, bool Native)> EnumArrays(SchemaSet set, string ns) =>
        set.Models.SelectMany(m => m.Fields.Where(f => f is { Array: true, Type: FieldType.Enum }).Select(f => (Type: FieldAccess.EnumType(m, f, ns), Native: f.NativeEnum is not null)))
            .Distinct().OrderBy(t => t.Type, System.StringComparer.Ordinal);

    /// <summary>
    /// Dapper calls a handler's <c>SetValue</c> only for types it has no mapping of its own for (enums, lists), but
    /// <c>Parse</c> for every column it reads into such a property, which is where SQLite's text becomes the value.
    /// </summary>
    private static void Handlers(CodeWriter w, bool npgsql)
    {
        var support = FieldAccess.Support;

        w.Line();
        // Constructors and fields rather than primary constructors: an app may pin <LangVersion> below 12.
        w.Open($"private sealed class LabelHandler<T> : {Mapper}.TypeHandler<T> where T : struct, global::System.Enum");
        w.Line("private readonly global::System.Func<T, string> _label;");
        w.Line("private readonly global::System.Func<string, T> _parse;");
        if (npgsql)
        {
            w.Line("private readonly bool _native;");
        }

        w.Line();
        w.Open("public LabelHandler(global::System.Func<T, string> label, global::System.Func<string, T> parse, bool native)");
        w.Line("_label = label;");
        w.Line("_parse = parse;");
        w.Line(npgsql ? "_native = native;" : "_ = native;");
        w.Close();
        w.Line();
        w.Open($"public override void SetValue({Parameter} parameter, T value)");
        w.Line("parameter.DbType = global::System.Data.DbType.String;");
        w.Line("parameter.Value = _label(value);");
        if (npgsql)
        {
            w.Open("if (_native && parameter is global::Npgsql.NpgsqlParameter postgres)");
            w.Line("postgres.NpgsqlDbType = global::NpgsqlTypes.NpgsqlDbType.Unknown;");
            w.Close();
        }

        w.Close();
        w.Line();
        w.Line("public override T Parse(object value) => value is T typed ? typed : _parse((string)value);");
        w.Close();

        w.Line();
        w.Open($"private sealed class ListHandler<T> : {Mapper}.TypeHandler<global::System.Collections.Generic.List<T>>");
        w.Line("private readonly global::System.Func<global::System.Text.Json.JsonElement, T> _element;");
        w.Line();
        w.Line("public ListHandler(global::System.Func<global::System.Text.Json.JsonElement, T> element) => _element = element;");
        w.Line();
        w.Line($"public override void SetValue({Parameter} parameter, global::System.Collections.Generic.List<T>? value) => parameter.Value = (object?)value ?? global::System.DBNull.Value;");
        w.Line();
        w.Line("public override global::System.Collections.Generic.List<T> Parse(object value) => value is string json");
        w.Line($"    ? {support}.ParseList(json, _element)");
        w.Line("    : new((global::System.Collections.Generic.IEnumerable<T>)value);");
        w.Close();

        Handler(w, "InstantHandler", "global::System.DateTime", $"parameter.Value = {support}.ToUtc(value);",
            $"value is string text ? {support}.ParseInstant(text) : (global::System.DateTime)value");
        Handler(w, "OffsetHandler", "global::System.DateTimeOffset", "parameter.Value = value.ToUniversalTime();",
            $"value switch {{ string text => {support}.ParseOffset(text), global::System.DateTime time => new global::System.DateTimeOffset({support}.ToUtc(time)), _ => ((global::System.DateTimeOffset)value).ToUniversalTime() }}");
        Handler(w, "UuidHandler", "global::System.Guid", npgsql ? $"parameter.Value = parameter is global::Npgsql.NpgsqlParameter ? value : {support}.UuidText(value);" : $"parameter.Value = {support}.UuidText(value);",
            "value is string text ? global::System.Guid.Parse(text) : (global::System.Guid)value");
        Handler(w, "DecimalHandler", "decimal", "parameter.Value = value;",
            "value is string text ? decimal.Parse(text, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture) : global::System.Convert.ToDecimal(value, global::System.Globalization.CultureInfo.InvariantCulture)");
        Handler(w, "DateHandler", "global::System.DateOnly", "parameter.Value = value;",
            "value switch { string text => global::System.DateOnly.Parse(text, global::System.Globalization.CultureInfo.InvariantCulture), global::System.DateTime time => global::System.DateOnly.FromDateTime(time), _ => (global::System.DateOnly)value }");
        Handler(w, "TimeHandler", "global::System.TimeOnly", "parameter.Value = value;",
            "value switch { string text => global::System.TimeOnly.Parse(text, global::System.Globalization.CultureInfo.InvariantCulture), global::System.TimeSpan span => global::System.TimeOnly.FromTimeSpan(span), _ => (global::System.TimeOnly)value }");
    }

    private static void Handler(CodeWriter w, string name, string type, string setValue, string parse)
    {
        w.Line();
        w.Open($"private sealed class {name} : {Mapper}.TypeHandler<{type}>");
        w.Line($"public override void SetValue({Parameter} parameter, {type} value) => {setValue.TrimEnd(';')};");
        w.Line();
        w.Line($"public override {type} Parse(object value) => {parse};");
        w.Close();
    }
}
