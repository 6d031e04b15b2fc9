using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs: BIAB0xx schema files, BIAB1xx migration files and history,
/// BIAB2xx warnings about the schema change not yet captured. Each message is a finished sentence ("{0}");
/// docs/diagnostics.md explains each one and is where the help links point.
/// </summary>
internal static class Descriptors
{
    private const string HelpBase = "https://github.com/backend-in-a-box/backend-in-a-box-dotnet/blob/main/docs/diagnostics.md#";

    // The project file's database declarations.
    public static readonly DiagnosticDescriptor InvalidDatabase = Error("BIAB090", "Invalid database declaration");

    // Code steps and the app's C#.
    public static readonly DiagnosticDescriptor UnknownCodeStep = Error("BIAB095", "Code step names no usable class");
    public static readonly DiagnosticDescriptor AmbiguousCodeStep = Error("BIAB096", "Code step names several classes");
    public static readonly DiagnosticDescriptor HandWrittenMigration = Warning("BIAB097", "Hand-written FluentMigrator migration");

    // Schema files.
    public static readonly DiagnosticDescriptor SchemaSyntax = Error("BIAB001", "Schema file is not valid YAML");
    public static readonly DiagnosticDescriptor SchemaShape = Error("BIAB002", "Schema file has the wrong structure");
    public static readonly DiagnosticDescriptor SchemaUnknownKey = Error("BIAB003", "Unknown key in schema file");
    public static readonly DiagnosticDescriptor SchemaMissingKey = Error("BIAB004", "Required key missing in schema file");
    public static readonly DiagnosticDescriptor UnknownType = Error("BIAB005", "Unknown field type");
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("BIAB006", "Invalid identifier");
    public static readonly DiagnosticDescriptor ReservedWord = Error("BIAB007", "Reserved word used as a name");
    public static readonly DiagnosticDescriptor DuplicateField = Error("BIAB008", "Duplicate field");
    public static readonly DiagnosticDescriptor OptionNotForType = Error("BIAB009", "Option does not apply to this field type");
    public static readonly DiagnosticDescriptor SchemaBadValue = Error("BIAB010", "Invalid option value");
    public static readonly DiagnosticDescriptor InvalidDefault = Error("BIAB011", "Invalid default value");
    public static readonly DiagnosticDescriptor InvalidEnum = Error("BIAB012", "Invalid enum values");
    public static readonly DiagnosticDescriptor SchemaFileProblem = Error("BIAB013", "Schema file cannot be read");
    public static readonly DiagnosticDescriptor PrimaryKey = Error("BIAB014", "Missing or invalid primary key");
    public static readonly DiagnosticDescriptor InvalidIndex = Error("BIAB015", "Invalid index");
    public static readonly DiagnosticDescriptor DuplicateModel = Error("BIAB020", "Duplicate model name");
    public static readonly DiagnosticDescriptor DuplicateTable = Error("BIAB021", "Duplicate table name");
    public static readonly DiagnosticDescriptor UnknownRefTarget = Error("BIAB022", "Reference to an unknown model");
    public static readonly DiagnosticDescriptor CrossDatabaseRef = Error("BIAB024", "Reference to a model of another database");
    public static readonly DiagnosticDescriptor TypeNameCollision = Error("BIAB023", "Generated C# type name collides");
    public static readonly DiagnosticDescriptor InvalidGenerate = Error("BIAB055", "Invalid generate option");
    public static readonly DiagnosticDescriptor InvalidDefaultSql = Error("BIAB056", "Invalid default_sql");
    public static readonly DiagnosticDescriptor InvalidNativeEnum = Error("BIAB057", "Invalid native enum type");
    public static readonly DiagnosticDescriptor InvalidAutoUpdate = Error("BIAB058", "Invalid auto_update");
    public static readonly DiagnosticDescriptor InvalidDatabaseName = Error("BIAB040", "Invalid database name");
    public static readonly DiagnosticDescriptor RefNamedLikeColumn = Error("BIAB041", "Reference field named like its column");
    public static readonly DiagnosticDescriptor InvalidPropertyName = Error("BIAB042", "Invalid C# property name");
    public static readonly DiagnosticDescriptor InvalidRefColumnType = Error("BIAB070", "Invalid column_type of a ref");
    public static readonly DiagnosticDescriptor RefColumnTypeMismatch = Error("BIAB071", "A ref's column_type does not fit its target key");
    public static readonly DiagnosticDescriptor InvalidCheck = Error("BIAB060", "Invalid check constraint");
    public static readonly DiagnosticDescriptor InvalidIndexOption = Error("BIAB061", "Invalid index option");
    public static readonly DiagnosticDescriptor PostgresOnlyIndexOption = Info("BIAB062", "Index option left out on SQLite");
    public static readonly DiagnosticDescriptor CharWithoutLength = Error("BIAB045", "char field without max_length");
    public static readonly DiagnosticDescriptor InvalidArray = Error("BIAB046", "Invalid array field");
    public static readonly DiagnosticDescriptor InvalidCustomType = Error("BIAB047", "Invalid custom type");
    public static readonly DiagnosticDescriptor InvalidCompositeKey = Error("BIAB050", "Invalid composite primary key");
    public static readonly DiagnosticDescriptor InvalidIdentity = Error("BIAB051", "identity applies only to a single integer key");
    public static readonly DiagnosticDescriptor RefToCompositeKey = Error("BIAB052", "Reference to a model with a composite key");
    public static readonly DiagnosticDescriptor KeyReferenceCycle = Error("BIAB053", "Primary keys refer to each other in a cycle");

    // Migration files and history.
    public static readonly DiagnosticDescriptor MigrationSyntax = Error("BIAB101", "Migration file is not valid YAML");
    public static readonly DiagnosticDescriptor MigrationShape = Error("BIAB102", "Migration file has the wrong structure");
    public static readonly DiagnosticDescriptor MigrationUnknownKey = Error("BIAB103", "Unknown key in migration file");
    public static readonly DiagnosticDescriptor MigrationMissingKey = Error("BIAB104", "Required key missing in migration file");
    public static readonly DiagnosticDescriptor MigrationBadValue = Error("BIAB105", "Invalid value in migration file");
    public static readonly DiagnosticDescriptor InvalidMigrationId = Error("BIAB106", "Invalid migration id");
    public static readonly DiagnosticDescriptor DuplicateMigrationId = Error("BIAB107", "Duplicate migration id");
    public static readonly DiagnosticDescriptor UnknownParent = Error("BIAB108", "Parent migration not found");
    public static readonly DiagnosticDescriptor DanglingOperation = Error("BIAB109", "Operation does not fit the schema at that point of the history");
    public static readonly DiagnosticDescriptor MultipleHeads = Warning("BIAB110", "The migration history has several heads");
    public static readonly DiagnosticDescriptor DownDoesNotUndoUp = Error("BIAB111", "A migration's down does not undo its up");
    public static readonly DiagnosticDescriptor MigrationFileProblem = Error("BIAB113", "Migration file cannot be read");
    public static readonly DiagnosticDescriptor NoRoot = Error("BIAB114", "No first migration");

    // Warnings about the schema change not yet captured in a migration.
    public static readonly DiagnosticDescriptor PendingChange = Warning("BIAB200", "Schema change not captured in a migration");
    public static readonly DiagnosticDescriptor DataLoss = Warning("BIAB201", "Schema change loses data");
    public static readonly DiagnosticDescriptor LooksLikeRename = Warning("BIAB202", "Drop and add look like a rename");
    public static readonly DiagnosticDescriptor RequiredWithoutDefault = Warning("BIAB203", "Column made required without a default");
    public static readonly DiagnosticDescriptor RollbackPlaceholder = Warning("BIAB204", "Rollback fills placeholder values");
    public static readonly DiagnosticDescriptor RollbackMayFail = Warning("BIAB205", "Rollback can fail on rows the change allows");
    public static readonly DiagnosticDescriptor RollbackRoundsDecimals = Warning("BIAB206", "Rollback stores decimals as SQLite doubles again");

    // The generator's own failure: reported instead of thrown, so the rest of the output survives.
    public static readonly DiagnosticDescriptor InternalError = Error("BIAB900", "Internal generator error");

    private static DiagnosticDescriptor Error(string id, string title) => Create(id, title, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title) => Create(id, title, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string title) => Create(id, title, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", "BackendInABox", severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
