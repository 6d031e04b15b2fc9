using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The build manifest (docs/architecture.md): everything the runtime needs from the build, as C# that constructs the
/// runtime's own manifest records (the way System.Text.Json's generator writes calls to its public runtime API), so
/// the runtime never reads YAML and a runtime of another contract shape is a compile error in the app.
/// </summary>
internal static class ManifestEmitter
{
    private const string Namespace = GeneratedNames.ManifestNamespace;
    private const string ClassName = GeneratedNames.ManifestClass;
    private const string ContractNamespace = "global::BackendInABox.Manifest";
    private const string Contract = "Contract";

    public const string HintName = "BackendInABox.BuildManifest.g.cs";

    /// <summary>
    /// One database's manifest as a method of the manifest source; the implicit database's file also registers the
    /// source and lists every database's method in <paramref name="databases"/>' order. A file per database keeps an
    /// edit in one database from re-emitting the others' manifests.
    /// </summary>
    public static GeneratedSource Emit(GeneratorOptions options, History history, PendingChange? pending, SchemaDiagram diagram, bool valid, EquatableArray<string> databases)
    {
        var w = new CodeWriter();
        if (options.IsDefaultDatabase)
        {
            w.Line($"[assembly: {ContractNamespace}.BuildManifestSource(typeof(global::{Namespace}.{ClassName}))]");
            w.Line();
        }

        w.Open($"namespace {Namespace}");
        w.Line($"using {Contract} = {ContractNamespace};");
        w.Line();
        if (options.IsDefaultDatabase)
        {
            w.OpenType("What the build knows about each database's migration history and schema, read by the BackendInABox runtime.", $"internal sealed partial class {ClassName} : {Contract}.IBuildManifestSource");
            w.Line("/// <inheritdoc/>");
            w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Contract}.BuildManifest> CreateAll() => new {Contract}.BuildManifest[] {{ {string.Join(", ", databases.Select(d => MethodName(d) + "()"))} }};");
            w.Line();
        }
        else
        {
            w.Open($"partial class {ClassName}");
        }

        w.Summary($"The manifest of the database '{CodeWriter.Xml(options.Database)}'.");
        TrimRoots.Write(w, history, options.Namespace);
        w.Line($"private static {Contract}.BuildManifest {MethodName(options.Database)}() => new {Contract}.BuildManifest(");
        w.Indent();
        w.Line($"ProjectDirectory: {CodeWriter.Literal(options.ProjectDirectory)},");
        w.Line($"SchemaDirectory: {CodeWriter.Literal(options.SchemaDirectory)},");
        w.Line($"MigrationsDirectory: {CodeWriter.Literal(options.MigrationsDirectory)},");
        List(w, "Migrations", "ManifestMigration", history.Migrations.Select(Migration));
        List(w, "Heads", "ManifestHead", history.Heads.Select(h =>
            $"new {Contract}.ManifestHead({Long(h.Id)}, {CodeWriter.Literal(h.File)}, {Array("long", h.Branch.Select(id => Long(id)))}, {Strings(h.Touches)})"));
        w.Line($"HeadId: {Long(history.HeadId)},");
        w.Line($"HistoryValid: {Bool(valid)},");
        Pending(w, pending);
        if (history.HasErrors || !history.IsLinear)
        {
            w.Line("Schema: null)");
        }
        else
        {
            List(w, "Schema", "ManifestTable", history.Tables.Select(Table), after: ")");
        }

        w.Line("{");
        w.Indent();
        w.Line($"Database = {CodeWriter.Literal(options.Database)},");
        w.Line($"Namespace = {CodeWriter.Literal(options.Namespace)},");
        w.Line($"MigrationsNamespace = {CodeWriter.Literal(MigrationClassEmitter.NamespaceOf(options.Namespace))},");
        if (diagram.Text is { } text)
        {
            w.LineWithLiteral("Diagram = ", text, ",");
        }
        else
        {
            w.Line("Diagram = null,");
        }

        w.Outdent();
        w.Line("};");
        w.Outdent();
        w.Close();
        w.Close();
        return new GeneratedSource(HintName, w.Finish());
    }

    /// <summary>The method of a database's manifest: DefaultDatabase, AnalyticsDatabase (never CreateAll, whatever the name).</summary>
    private static string MethodName(string database) => Validation.DatabaseNaming.PascalName(database) + "Database";

    private static string Migration(MigrationPlan plan)
    {
        var file = plan.File;
        var rebuilds = MigrationClassEmitter.RebuildsOnSqlite(plan.Up) || MigrationClassEmitter.RebuildsOnSqlite(plan.Down);
        return $"new {Contract}.ManifestMigration({Long(file.Id)}, {CodeWriter.Literal(file.Description)}, {Long(file.Parent)}, "
            + $"{CodeWriter.Literal(file.Path)}, {CodeWriter.Literal(file.Sha256)}, {Bool(file.Transaction)}, {Bool(rebuilds)})"
            + Extras(plan);
    }

    private static string Extras(MigrationPlan plan)
    {
        var losses = Diff.MigrationDataLoss.Of(plan).ToList();
        var up = CodeSteps(plan.File.Up);
        var down = CodeSteps(plan.File.Down);
        return Initializers(
            losses.Count == 0 ? null : "DataLoss = " + Strings(losses),
            up.Count == 0 ? null : "UpCodeSteps = " + Strings(up),
            down.Count == 0 ? null : "DownCodeSteps = " + Strings(down));
    }

    private static List<string> CodeSteps(EquatableArray<Operation> operations) =>
        operations.Where(o => o.Kind == OperationKind.Code).Select(o => o.Name!).ToList();

    private static void Pending(CodeWriter w, PendingChange? pending)
    {
        if (pending is null || pending.IsEmpty)
        {
            w.Line("Pending: null,");
            return;
        }

        var yaml = w.StartLiteral($"Pending: new {Contract}.ManifestPendingChange(");
        var notes = OperationYamlWriter.Write(pending.Up, pending.Down, pending.Warnings, yaml)
            .Select(n => $"new {Contract}.RollbackNote({CodeWriter.Literal(n.Message)}, {n.Line.ToString(CultureInfo.InvariantCulture)})");
        w.EndLiteral($", {Strings(pending.Summary.Select(line => line.Text))}, {Strings(pending.DataLoss)}, {Array($"{Contract}.RollbackNote", notes)}),");
    }

    /// <summary>Types, defaults and delete rules in each dialect's own SQL words, so the runtime compares what it reads from a catalog without the generator's type mapping.</summary>
    private static string Table(TableShape table)
    {
        var columns = table.Columns.Select(c =>
            $"new {Contract}.ManifestColumn({CodeWriter.Literal(c.Name)}, {CodeWriter.Literal(PostgresTypes.Of(c, quoteIfNeeded: true))}, {CodeWriter.Literal(SqliteDdl.DeclaredType(c, table.PrimaryKey.Count == 1))}, "
            + $"{Bool(c.Nullable)}, {Bool(c.PrimaryKey)}, {Text(c.Default is { } pg ? SqlLiterals.Value(c.Type, pg, sqlite: false, c.NativeEnum) : c.Serial ? PostgresSequences.Default(table.Name, c.Name) : null)}, "
            + $"{Text(c.Default is { } lite ? SqlLiterals.Value(c.Type, lite, sqlite: true) : null)}, {Strings(c.Type.Kind == FieldType.Enum ? c.EnumValues : EquatableArray<string>.Empty)})"
            + (c.Type.Kind == FieldType.Enum && c.NativeEnum is null ? $" {{ EnumCheckName = {CodeWriter.Literal(IndexNames.Check(table.Name, c.Name))} }}" : string.Empty));
        var indexes = table.Indexes.Select(i => $"new {Contract}.ManifestIndex({CodeWriter.Literal(i.Name)}, {Strings(i.Columns)}, {Bool(i.Unique)}){IndexOptions(i.Options)}");
        var keys = table.ForeignKeys.Select(k =>
            $"new {Contract}.ManifestForeignKey({CodeWriter.Literal(k.Name)}, {CodeWriter.Literal(k.Column)}, {CodeWriter.Literal(k.TargetTable)}, {CodeWriter.Literal(k.TargetColumn)}, {CodeWriter.Literal(SqliteDdl.OnDeleteSql(k.OnDelete))}){(k.OnUpdate == OnDelete.NoAction ? string.Empty : $" {{ OnUpdate = {CodeWriter.Literal(SqliteDdl.OnDeleteSql(k.OnUpdate))} }}")}");
        var triggers = AutoUpdateTriggers.Names(table).ToList();
        var checks = table.Checks.Select(c => $"new {Contract}.ManifestCheck({CodeWriter.Literal(c.Name)}, {Text(c.Postgres)}, {Text(c.Sqlite)})").ToList();
        return $"new {Contract}.ManifestTable({CodeWriter.Literal(table.Name)}, {Array($"{Contract}.ManifestColumn", columns)}, {Array($"{Contract}.ManifestIndex", indexes)}, {Array($"{Contract}.ManifestForeignKey", keys)})"
            + Initializers(
                "PrimaryKey = " + Strings(table.PrimaryKey),
                table.PrimaryKeyName is { } key ? "PrimaryKeyName = " + CodeWriter.Literal(key) : null,
                checks.Count == 0 ? null : "Checks = " + Array($"{Contract}.ManifestCheck", checks),
                triggers.Count == 0 ? null : "Triggers = " + Strings(triggers));
    }

    /// <summary>An object initializer with the properties that are set, or nothing, so a plain table reads as before.</summary>
    private static string Initializers(params string?[] properties)
    {
        var set = properties.Where(p => p is not null).ToList();
        return set.Count == 0 ? string.Empty : " { " + string.Join(", ", set) + " }";
    }

    /// <summary>Only what an index has besides columns, so a plain index reads as before.</summary>
    private static string IndexOptions(IndexOptions options) => Initializers(
        options.Where is null ? null : "Where = " + CodeWriter.Literal(options.Where),
        options.Expression is null ? null : "Expression = " + CodeWriter.Literal(options.Expression),
        options.Method is null ? null : "Method = " + CodeWriter.Literal(options.Method),
        options.Ops.IsEmpty ? null : "Ops = " + Strings(options.Ops),
        options.Order.IsEmpty ? null : "Order = " + Strings(options.Order));

    /// <summary>One element a line, so a long history reads (and diffs) like hand-written code.</summary>
    /// <param name="after">What follows the list: the comma before the next argument, or the constructor's closing parenthesis.</param>
    private static void List(CodeWriter w, string name, string type, IEnumerable<string> items, string after = ",")
    {
        w.Line($"{name}: new {Contract}.{type}[]");
        w.Line("{");
        w.Indent();
        foreach (var item in items)
        {
            w.Line(item + ",");
        }

        w.Outdent();
        w.Line("}" + after);
    }

    private static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }

    private static string Strings(IEnumerable<string> values) => Array("string", values.Select(CodeWriter.Literal));

    private static string Text(string? value) => value is null ? "null" : CodeWriter.Literal(value);

    private static string Long(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "L" : "null";

    private static string Bool(bool value) => value ? "true" : "false";
}
