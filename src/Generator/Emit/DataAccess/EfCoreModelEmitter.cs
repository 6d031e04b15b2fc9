using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Diff;
using BackendInABox.Generator.Model;
using BackendInABox.Generator.Validation;

namespace BackendInABox.Generator.Emit.DataAccess;

/// <summary>
/// The Entity Framework Core model of every entity, as the migrations create its table: the app calls
/// <c>modelBuilder.ApplyBackendInABoxModel(Database)</c> in <c>OnModelCreating</c> and needs no other mapping. EF's own
/// migrations stay unused, so the configuration describes the database rather than shaping it.
/// </summary>
internal static class EfCoreModelEmitter
{
    public const string HintName = "BackendInABoxModel.g.cs";

    public const string ClassName = "BackendInABoxModelBuilderExtensions";

    private const string Ef = "global::Microsoft.EntityFrameworkCore";

    public static GeneratedSource Emit(SchemaSet set, string ns, bool npgsql)
    {
        var w = new CodeWriter();
        w.Line("// The relational configuration methods are extension methods of this namespace.");
        w.Line("using global::Microsoft.EntityFrameworkCore;");
        w.Line();
        w.Open($"namespace {ns}");
        w.OpenType(
            "The Entity Framework Core model of the schema's entities: tables, columns, keys, references and stored forms as the migrations create them.",
            $"public static class {ClassName}");
        w.Summary("""
            Configures every entity of the schema, for PostgreSQL (Npgsql) and SQLite alike. Call it from
            <c>OnModelCreating</c> as <c>modelBuilder.ApplyBackendInABoxModel(Database)</c>; the database is made by the
            migrations, never by EF Core's own.
            """);
        w.Line($"/// <param name=\"modelBuilder\">The builder <c>OnModelCreating</c> is given.</param>");
        w.Line($"/// <param name=\"database\">The context's <c>Database</c>, whose provider says the dialect: column types and native enums differ between them.</param>");
        w.Line($"/// <returns>The same builder, so further configuration can follow.</returns>");
        w.Open($"public static {Ef}.ModelBuilder ApplyBackendInABoxModel(this {Ef}.ModelBuilder modelBuilder, {Ef}.Infrastructure.DatabaseFacade database)");
        w.Line("var postgres = database.ProviderName == \"Npgsql.EntityFrameworkCore.PostgreSQL\";");
        foreach (var model in set.Models)
        {
            w.Line($"modelBuilder.Entity<{EntityType(model, ns)}>(entity => {Method(model)}(entity, postgres));");
        }

        w.Line("return modelBuilder;");
        w.Close();
        foreach (var model in set.Models)
        {
            w.Line();
            EmitEntity(w, model, set, ns, npgsql);
        }

        EmitConverters(w, set, ns, npgsql);
        if (npgsql && set.Models.Any(m => m.Fields.Any(f => f.NativeEnum is not null)))
        {
            w.Line();
            EfCoreNativeEnums.EmitTypeMapping(w);
        }

        if (npgsql && set.Models.Any(m => m.Fields.Any(f => f is { Type: FieldType.Enum, Array: true })))
        {
            w.Line();
            EfCoreNativeEnums.EmitArrayTypeMapping(w, native: set.Models.Any(m => m.Fields.Any(f => f is { NativeEnum: not null, Array: true })));
        }

        w.Close();
        w.Close();
        return new GeneratedSource(HintName, w.Finish());
    }

    private static string EntityType(SchemaModel model, string ns) => $"global::{ns}.{CodeWriter.Identifier(model.Name)}";

    private static string Method(SchemaModel model) => "Configure" + CodeWriter.Identifier(model.Name).TrimStart('@');

    private static void EmitEntity(CodeWriter w, SchemaModel model, SchemaSet set, string ns, bool npgsql)
    {
        var entity = EntityType(model, ns);
        w.Summary($"The table <c>{CodeWriter.EscapeXml(model.Table)}</c>.");
        w.Open($"private static void {Method(model)}({Ef}.Metadata.Builders.EntityTypeBuilder<{entity}> entity, bool postgres)");
        w.Line($"entity.ToTable({entity}.TableName);");
        var key = model.PrimaryKey.Select(name => EntityEmitter.PropertyName(model.Fields.First(f => f.Name == name))).ToList();
        var keyExpression = key.Count == 1 ? "e." + key[0] : "new { " + string.Join(", ", key.Select(k => "e." + k)) + " }";
        w.Line($"entity.HasKey(e => {keyExpression}).HasName({CodeWriter.Literal(model.PrimaryKeyName ?? IndexNames.PrimaryKey(model.Table))});");
        var shape = SchemaShapes.From(model, set);
        foreach (var field in model.Fields)
        {
            EmitProperty(w, model, field, shape.Columns.First(c => c.Name == field.Column), ns, npgsql);
        }

        foreach (var field in model.Fields.Where(f => f.Type == FieldType.Ref))
        {
            var target = SchemaSetBuilder.Find(set, field.Target!)!;
            var principal = EntityEmitter.PropertyName(SchemaSetBuilder.KeyOf(target));
            var name = field.ForeignKeyName ?? IndexNames.ForeignKey(model.Table, field.Column);
            w.Line($"entity.HasOne<{EntityType(target, ns)}>().WithMany().HasForeignKey(e => e.{EntityEmitter.PropertyName(field)}).HasPrincipalKey(p => p.{principal})");
            w.Indent();
            w.Line($".HasConstraintName({CodeWriter.Literal(name)}).OnDelete({Ef}.DeleteBehavior.{DeleteBehavior(field.OnDelete)});");
            w.Outdent();
        }

        w.Close();
    }

    private static void EmitProperty(CodeWriter w, SchemaModel model, FieldModel field, ColumnShape column, string ns, bool npgsql)
    {
        var property = EntityEmitter.PropertyName(field);
        var postgresType = PostgresTypes.Of(column, quoteIfNeeded: true);
        var calls = new List<string>
        {
            $"HasColumnName({EntityType(model, ns)}.Columns.{property})",
            $"HasColumnType(postgres ? {CodeWriter.Literal(postgresType)} : {CodeWriter.Literal(SqliteDdl.DeclaredType(column, model.PrimaryKey.Count == 1))})",
        };
        calls.Add(field.Required || field.Primary ? "IsRequired()" : "IsRequired(false)");
        if (field.MaxLength is { } length && !field.Array && column.Type.Kind is FieldType.String or FieldType.Char or FieldType.Text)
        {
            calls.Add($"HasMaxLength({length.ToString(CultureInfo.InvariantCulture)})");
            if (column.Type.Kind == FieldType.Char)
            {
                calls.Add("IsFixedLength()");
            }
        }

        if (field.Primary)
        {
            calls.Add(column.Numbered ? "ValueGeneratedOnAdd()" : "ValueGeneratedNever()");
        }

        if (field.Default is { Kind: DefaultKind.Sql } sql && !field.Primary)
        {
            calls.Add($"HasDefaultValueSql(postgres ? {CodeWriter.Literal(sql.SqlFor(sqlite: false))} : {CodeWriter.Literal(sql.SqlFor(sqlite: true))})");
        }

        var converter = Converter(model, field);
        if (field is { Array: true, Type: FieldType.Enum } && npgsql)
        {
            EfCoreNativeEnums.EmitArrayUse(w, property, string.Join(".", calls), field.NativeEnum is null ? null : postgresType, EnumType(model, field, ns), converter!, LabelListConverterName(model, field));
            return;
        }

        if (field.Array)
        {
            if (converter is not null)
            {
                calls.Add($"ElementType(element => element.HasConversion({converter}))");
            }

            w.Line($"entity.PrimitiveCollection(e => e.{property}).{string.Join(".", calls)};");
            return;
        }

        if (converter is not null)
        {
            calls.Add($"HasConversion({converter})");
        }

        if (field.NativeEnum is not null && npgsql)
        {
            w.Line($"var {Local(property)} = entity.Property(e => e.{property}).{string.Join(".", calls)};");
            EfCoreNativeEnums.EmitUse(w, Local(property), postgresType, converter!);
            return;
        }

        w.Line($"entity.Property(e => e.{property}).{string.Join(".", calls)};");
    }

    private static string Local(string property)
    {
        var name = property.TrimStart('@');
        return CodeWriter.Identifier(char.ToLowerInvariant(name[0]) + name.Substring(1));
    }

    /// <summary>The converter a field's stored form needs, beyond what both providers do alike (null: none).</summary>
    private static string? Converter(SchemaModel model, FieldModel field) => field.Type switch
    {
        FieldType.Enum => EnumConverterName(model, field),
        FieldType.DateTime => "UtcInstant",
        FieldType.DateTimeTz => "UtcOffset",
        _ => null,
    };

    private static string EnumConverterName(SchemaModel model, FieldModel field) => TypeNames.EnumName(model, field) + "Labels";

    private static string LabelListConverterName(SchemaModel model, FieldModel field) => TypeNames.EnumName(model, field) + "LabelArray";

    private static string EnumType(SchemaModel model, FieldModel field, string ns) => $"global::{ns}.{CodeWriter.Identifier(TypeNames.EnumName(model, field))}";

    private static void EmitConverters(CodeWriter w, SchemaSet set, string ns, bool npgsql)
    {
        var fields = set.Models.SelectMany(m => m.Fields.Select(f => (Model: m, Field: f))).ToList();
        foreach (var (model, field) in fields.Where(p => p.Field.Type == FieldType.Enum))
        {
            var type = $"global::{ns}.{CodeWriter.Identifier(TypeNames.EnumName(model, field))}";
            var values = $"global::{ns}.{CodeWriter.Identifier(TypeNames.EnumName(model, field) + "Values")}";
            w.Line();
            w.Summary($"<see cref=\"{type}\"/> as the label the database stores.");
            w.Line($"private static readonly {Ef}.Storage.ValueConversion.ValueConverter<{type}, string> {EnumConverterName(model, field)} = new(v => {values}.ToDbValue(v), v => {values}.Parse(v));");
            if (field.Array && npgsql)
            {
                w.Line();
                EfCoreNativeEnums.EmitArrayConverter(w, type, values, LabelListConverterName(model, field), nullable: !field.Required);
            }
        }

        if (fields.Any(p => p.Field.Type == FieldType.DateTime))
        {
            w.Line();
            w.Summary("A <c>datetime</c> is a UTC instant: SQLite's text carries no zone, so what is read back is marked UTC.");
            w.Line($"private static readonly {Ef}.Storage.ValueConversion.ValueConverter<global::System.DateTime, global::System.DateTime> UtcInstant = new(v => v, v => global::System.DateTime.SpecifyKind(v, global::System.DateTimeKind.Utc));");
        }

        if (fields.Any(p => p.Field.Type == FieldType.DateTimeTz))
        {
            w.Line();
            w.Summary("PostgreSQL keeps the instant, not the offset (and Npgsql refuses a non-zero one), so every dialect stores the UTC form.");
            w.Line($"private static readonly {Ef}.Storage.ValueConversion.ValueConverter<global::System.DateTimeOffset, global::System.DateTimeOffset> UtcOffset = new(v => v.ToUniversalTime(), v => v);");
        }
    }

    private static string DeleteBehavior(OnDelete onDelete) => onDelete switch
    {
        OnDelete.Cascade => "Cascade",
        OnDelete.SetNull => "SetNull",
        OnDelete.Restrict => "Restrict",
        _ => "NoAction",
    };
}
