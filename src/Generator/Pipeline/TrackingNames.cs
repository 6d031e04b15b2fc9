namespace BackendInABox.Generator.Pipeline;

/// <summary>Names of the incremental steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string InputFiles = nameof(InputFiles);

    public const string SchemaFiles = nameof(SchemaFiles);
    public const string ParsedSchemas = nameof(ParsedSchemas);
    public const string SchemaSet = nameof(SchemaSet);
    public const string Entities = nameof(Entities);

    public const string MigrationFiles = nameof(MigrationFiles);
    public const string ParsedMigrations = nameof(ParsedMigrations);
    public const string History = nameof(History);
    public const string PendingChange = nameof(PendingChange);
    public const string MigrationClasses = nameof(MigrationClasses);
    public const string Manifest = nameof(Manifest);
}
