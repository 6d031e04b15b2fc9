namespace BackendInABox.Generator.Pipeline;

/// <summary>Names of the incremental steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Databases = nameof(Databases), InputFiles = nameof(InputFiles);

    /// <summary>The schema half.</summary>
    public const string SchemaFiles = nameof(SchemaFiles), ParsedSchemas = nameof(ParsedSchemas), SchemaInputs = nameof(SchemaInputs), SchemaSet = nameof(SchemaSet),
        EntityInputs = nameof(EntityInputs), Entities = nameof(Entities);

    /// <summary>The migration half.</summary>
    public const string MigrationFiles = nameof(MigrationFiles), ParsedMigrations = nameof(ParsedMigrations), MigrationInputs = nameof(MigrationInputs), History = nameof(History),
        PendingChange = nameof(PendingChange), MigrationClasses = nameof(MigrationClasses), Diagram = nameof(Diagram), ManifestInputs = nameof(ManifestInputs), Manifest = nameof(Manifest);

    /// <summary>The data-access code for the libraries the app references.</summary>
    public const string ReferencedLibraries = nameof(ReferencedLibraries), EntityFrameworkModel = nameof(EntityFrameworkModel),
        RowHelpers = nameof(RowHelpers);

    /// <summary>The entity properties the app declares as partial to add attributes to them.</summary>
    public const string DeclaredProperties = nameof(DeclaredProperties);

    /// <summary>The app's classes that code steps name, and the FluentMigrator migrations it wrote by hand.</summary>
    public const string CodeStepClasses = nameof(CodeStepClasses), HandWrittenMigrations = nameof(HandWrittenMigrations);
}
