using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackendInABox.Manifest;

/// <summary>
/// What the build knew (docs/architecture.md, "The build manifest"): the generator emits it into the app as the
/// constant <c>BackendInABox.Generated.BuildManifest.Json</c>, so the runtime never reads YAML.
/// </summary>
internal sealed record BuildManifest(
    int FormatVersion,
    string ProjectDirectory,
    string SchemaDirectory,
    string MigrationsDirectory,
    IReadOnlyList<ManifestMigration> Migrations,
    IReadOnlyList<ManifestHead> Heads,
    long? HeadId,
    bool HistoryValid,
    PendingChange? Pending,
    IReadOnlyList<ManifestTable>? Schema)
{
    private const string TypeName = "BackendInABox.Generated.BuildManifest";

    public ManifestMigration? Find(long id) => Migrations.FirstOrDefault(m => m.Id == id);

    public static BuildManifest Load(Assembly? app)
    {
        if (app is null)
        {
            throw new UserError("Cannot tell which app to migrate: there is no entry assembly.", "Pass MigrationHostOptions.AppAssembly.");
        }

        var json = app.GetType(TypeName, throwOnError: false)
            ?.GetField("Json", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetRawConstantValue() as string;
        if (json is null)
        {
            throw new UserError(
                $"The app {app.GetName().Name} has no Backend-in-a-Box build manifest.",
                "Reference the BackendInABox package (it runs the generator at build time) and rebuild; schema errors in the build also stop it.");
        }

        var manifest = JsonSerializer.Deserialize(json, ManifestJson.Default.BuildManifest)
            ?? throw new UserError("The build manifest of the app is empty.", "Rebuild the app.");
        if (manifest.FormatVersion != 1)
        {
            throw new UserError($"The app was built by a different version of Backend-in-a-Box (manifest format {manifest.FormatVersion}).", "Rebuild the app with the same package version.");
        }

        return manifest;
    }
}

/// <param name="SqliteRebuilds">The SQLite form rebuilds a table, which needs foreign keys off around the migration.</param>
internal sealed record ManifestMigration(long Id, string Description, long? Parent, string File, string Sha256, bool Transaction, bool SqliteRebuilds);

internal sealed record ManifestHead(long Id, string File, IReadOnlyList<long> Branch, IReadOnlyList<string> Touches);

/// <param name="Rollback">What can stop or falsify `migrate down` of the change, each at its comment's line in <see cref="Yaml"/>.</param>
internal sealed record PendingChange(string Yaml, IReadOnlyList<string> Summary, IReadOnlyList<string> DataLoss, IReadOnlyList<RollbackNote> Rollback)
{
    [JsonIgnore]
    public bool LosesData => DataLoss.Count > 0;
}

internal sealed record RollbackNote(string Message, int Line);

/// <summary>Source-generated JSON reading: `migrate status` is a whole process that should start fast.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
