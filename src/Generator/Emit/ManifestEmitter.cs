using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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

        w.Summary($"The manifest of the database '{CodeWriter.EscapeXml(options.Database)}'.");
        TrimRoots.Write(w, history, options.Namespace);
        w.Line($"private static {Contract}.BuildManifest {MethodName(options.Database)}() => new {Contract}.BuildManifest(");
        w.Indent();
        w.Line($"ProjectDirectory: {CodeWriter.Literal(options.ProjectDirectory)},");
        w.Line($"SchemaDirectory: {CodeWriter.Literal(options.SchemaDirectory)},");
        w.Line($"MigrationsDirectory: {CodeWriter.Literal(options.MigrationsDirectory)},");
        List(w, "Migrations", "ManifestMigration", history.Migrations, Migration);
        List(w, "Heads", "ManifestHead", history.Heads, Head);
        w.Line($"HeadId: {Long(history.HeadId)},");
        w.Line($"HistoryValid: {Bool(valid)},");
        Pending(w, pending);
        if (history.HasErrors || !history.IsLinear)
        {
            w.Line("Schema: null)");
        }
        else
        {
            List(w, "Schema", "ManifestTable", history.Tables, Table, after: ")");
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

    private static void Head(StringBuilder text, HeadInfo head)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestHead");
        call.Code(Long(head.Id));
        call.Literal(head.File);
        Array(call.Next(), "long", head.Branch, (t, id) => t.Append(Long(id)));
        Strings(call.Next(), head.Touches);
        call.End();
    }

    private static void Migration(StringBuilder text, MigrationPlan plan)
    {
        var file = plan.File;
        var rebuilds = MigrationClassEmitter.RebuildsOnSqlite(plan.Up) || MigrationClassEmitter.RebuildsOnSqlite(plan.Down);
        var call = ArgumentList.New(text, $"{Contract}.ManifestMigration");
        call.Code(Long(file.Id));
        call.Literal(file.Description);
        call.Code(Long(file.Parent));
        call.Literal(file.Path);
        call.Literal(file.Sha256);
        call.Code(Bool(file.Transaction));
        call.Code(Bool(rebuilds));
        call.End();
        var extras = new Initializers(text);
        if (Diff.MigrationDataLoss.Of(plan).ToList() is { Count: > 0 } losses)
        {
            Strings(extras.Next("DataLoss"), losses);
        }

        if (CodeSteps(file.Up) is { Count: > 0 } up)
        {
            Strings(extras.Next("UpCodeSteps"), up);
        }

        if (CodeSteps(file.Down) is { Count: > 0 } down)
        {
            Strings(extras.Next("DownCodeSteps"), down);
        }

        extras.End();
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
        var notes = OperationYamlWriter.Write(pending.Up, pending.Down, pending.Warnings, yaml);
        var call = ArgumentList.After(w.CloseLiteral());
        Array(call.Next(), "string", pending.Summary, (t, line) => StringLiterals.AppendTo(t, line.Text));
        Strings(call.Next(), pending.DataLoss);
        Array(call.Next(), $"{Contract}.RollbackNote", notes, RollbackNote);
        call.End().Append(",\n");
    }

    private static void RollbackNote(StringBuilder text, YamlNote note)
    {
        var call = ArgumentList.New(text, $"{Contract}.RollbackNote");
        call.Literal(note.Message);
        call.Code(note.Line.ToString(CultureInfo.InvariantCulture));
        call.End();
    }

    /// <summary>Types, defaults and delete rules in each dialect's own SQL words, so the runtime compares what it reads from a catalog without the generator's type mapping.</summary>
    private static void Table(StringBuilder text, TableShape table)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestTable");
        call.Literal(table.Name);
        Array(call.Next(), $"{Contract}.ManifestColumn", table.Columns, (t, c) => Column(t, c, table));
        Array(call.Next(), $"{Contract}.ManifestIndex", table.Indexes, Index);
        Array(call.Next(), $"{Contract}.ManifestForeignKey", table.ForeignKeys, ForeignKey);
        call.End();
        var properties = new Initializers(text);
        Strings(properties.Next("PrimaryKey"), table.PrimaryKey);
        if (table.PrimaryKeyName is { } key)
        {
            StringLiterals.AppendTo(properties.Next("PrimaryKeyName"), key);
        }

        if (!table.Checks.IsEmpty)
        {
            Array(properties.Next("Checks"), $"{Contract}.ManifestCheck", table.Checks, Check);
        }

        if (AutoUpdateTriggers.Names(table).ToList() is { Count: > 0 } triggers)
        {
            Strings(properties.Next("Triggers"), triggers);
        }

        properties.End();
    }

    private static void Column(StringBuilder text, ColumnShape c, TableShape table)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestColumn");
        call.Literal(c.Name);
        call.Literal(PostgresTypes.Of(c, quoteIfNeeded: true));
        call.Literal(SqliteDdl.DeclaredType(c, table.PrimaryKey.Count == 1));
        call.Code(Bool(c.Nullable));
        call.Code(Bool(c.PrimaryKey));
        call.Literal(c.Default is { } pg ? SqlLiterals.Value(c.Type, pg, sqlite: false, c.NativeEnum) : c.Serial ? PostgresSequences.Default(table.Name, c.Name) : null);
        call.Literal(c.Default is { } lite ? SqlLiterals.Value(c.Type, lite, sqlite: true) : null);
        Strings(call.Next(), c.Type.Kind == FieldType.Enum ? c.EnumValues : EquatableArray<string>.Empty);
        call.End();
        if (c.Type.Kind == FieldType.Enum && c.NativeEnum is null)
        {
            text.Append(" { EnumCheckName = ");
            StringLiterals.AppendTo(text, IndexNames.Check(table.Name, c.Name));
            text.Append(" }");
        }
    }

    private static void Index(StringBuilder text, IndexShape index)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestIndex");
        call.Literal(index.Name);
        Strings(call.Next(), index.Columns);
        call.Code(Bool(index.Unique));
        call.End();
        IndexOptions(text, index.Options);
    }

    private static void ForeignKey(StringBuilder text, ForeignKeyShape key)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestForeignKey");
        call.Literal(key.Name);
        call.Literal(key.Column);
        call.Literal(key.TargetTable);
        call.Literal(key.TargetColumn);
        call.Literal(SqliteDdl.OnDeleteSql(key.OnDelete));
        call.End();
        if (key.OnUpdate != OnDelete.NoAction)
        {
            text.Append(" { OnUpdate = ");
            StringLiterals.AppendTo(text, SqliteDdl.OnDeleteSql(key.OnUpdate));
            text.Append(" }");
        }
    }

    private static void Check(StringBuilder text, CheckShape check)
    {
        var call = ArgumentList.New(text, $"{Contract}.ManifestCheck");
        call.Literal(check.Name);
        call.Literal(check.Postgres);
        call.Literal(check.Sqlite);
        call.End();
    }

    /// <summary>Only what an index has besides columns, so a plain index reads as before.</summary>
    private static void IndexOptions(StringBuilder text, IndexOptions options)
    {
        var set = new Initializers(text);
        if (options.Where is { } where)
        {
            StringLiterals.AppendTo(set.Next("Where"), where);
        }

        if (options.Expression is { } expression)
        {
            StringLiterals.AppendTo(set.Next("Expression"), expression);
        }

        if (options.Method is { } method)
        {
            StringLiterals.AppendTo(set.Next("Method"), method);
        }

        if (!options.Ops.IsEmpty)
        {
            Strings(set.Next("Ops"), options.Ops);
        }

        if (!options.Order.IsEmpty)
        {
            Strings(set.Next("Order"), options.Order);
        }

        set.End();
    }

    /// <summary>One element a line, so a long history reads (and diffs) like hand-written code.</summary>
    /// <param name="after">What follows the list: the comma before the next argument, or the constructor's closing parenthesis.</param>
    private static void List<T>(CodeWriter w, string name, string type, EquatableArray<T> items, System.Action<StringBuilder, T> write, string after = ",")
        where T : System.IEquatable<T>
    {
        w.Line($"{name}: new {Contract}.{type}[]");
        w.Line("{");
        w.Indent();
        foreach (var item in items)
        {
            var text = w.StartLine();
            write(text, item);
            text.Append(",\n");
        }

        w.Outdent();
        w.Line("}" + after);
    }

    /// <summary>An array expression, appended element by element; an empty one is the shared empty array.</summary>
    private static void Array<T>(StringBuilder text, string type, IReadOnlyList<T> items, System.Action<StringBuilder, T> write)
    {
        if (items.Count == 0)
        {
            text.Append("global::System.Array.Empty<").Append(type).Append(">()");
            return;
        }

        text.Append("new ").Append(type).Append("[] { ");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            write(text, items[i]);
        }

        text.Append(" }");
    }

    private static void Strings(StringBuilder text, IReadOnlyList<string> values) => Array(text, "string", values, StringLiterals.AppendTo);

    private static string Long(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "L" : "null";

    private static string Bool(bool value) => value ? "true" : "false";
}

/// <summary>An object initializer with the properties that are set, or nothing, so a plain table reads as before.</summary>
internal struct Initializers(StringBuilder text)
{
    private bool _any;

    /// <summary>Starts the next property; its value is appended to the builder returned.</summary>
    public StringBuilder Next(string property)
    {
        text.Append(_any ? ", " : " { ").Append(property).Append(" = ");
        _any = true;
        return text;
    }

    public readonly void End()
    {
        if (_any)
        {
            text.Append(" }");
        }
    }
}
