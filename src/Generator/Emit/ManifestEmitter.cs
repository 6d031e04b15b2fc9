using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The build manifest (docs/architecture.md): everything the runtime needs from the build, as a JSON constant, so the
/// runtime never reads YAML.
/// </summary>
internal static class ManifestEmitter
{
    public static GeneratedSource Emit(GeneratorOptions options, History history, PendingChange? pending, bool valid)
    {
        var json = new JsonWriter().StartObject()
            .Number("formatVersion", 1)
            .String("projectDirectory", options.ProjectDirectory)
            .String("schemaDirectory", options.SchemaDirectory)
            .String("migrationsDirectory", options.MigrationsDirectory)
            .StartArray("migrations");
        foreach (var plan in history.Migrations)
        {
            var file = plan.File;
            json.StartObject()
                .Number("id", file.Id)
                .String("description", file.Description)
                .Number("parent", file.Parent)
                .String("file", file.Path)
                .String("sha256", file.Sha256)
                .Boolean("transaction", file.Transaction)
                .Boolean("sqliteRebuilds", MigrationClassEmitter.RebuildsOnSqlite(plan.Up) || MigrationClassEmitter.RebuildsOnSqlite(plan.Down))
                .EndObject();
        }

        json.EndArray().StartArray("heads");
        foreach (var head in history.Heads)
        {
            json.StartObject().Number("id", head.Id).String("file", head.File).StartArray("branch");
            foreach (var id in head.Branch)
            {
                json.Number(null, id);
            }

            json.EndArray().StartArray("touches");
            foreach (var touched in head.Touches)
            {
                json.String(null, touched);
            }

            json.EndArray().EndObject();
        }

        json.EndArray().Number("headId", history.HeadId).Boolean("historyValid", valid);
        if (history.HasErrors || !history.IsLinear)
        {
            json.Null("schema");
        }
        else
        {
            SchemaShapeJson.Write(json, history.Tables);
        }

        if (pending is null || pending.IsEmpty)
        {
            json.Null("pending");
        }
        else
        {
            var yaml = OperationYamlWriter.Write(pending.Up, pending.Down, pending.Warnings);
            json.StartObject("pending").String("yaml", yaml.Text).StartArray("summary");
            foreach (var line in pending.Summary)
            {
                json.String(null, line);
            }

            json.EndArray().StartArray("dataLoss");
            foreach (var line in pending.DataLoss)
            {
                json.String(null, line);
            }

            json.EndArray().StartArray("rollback");
            foreach (var note in yaml.Notes)
            {
                json.StartObject().String("message", note.Message).Number("line", note.Line).EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndObject();

        var w = new CodeWriter();
        w.Open("namespace BackendInABox.Generated");
        w.Summary("What the build knows about the migration history and the schema, read by the BackendInABox runtime.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open("internal static class BuildManifest");
        w.Line($"public const string Json = {CodeWriter.Literal(json.ToString())};");
        w.Close();
        w.Close();
        return new GeneratedSource("BackendInABox.BuildManifest.g.cs", w.ToString());
    }
}
