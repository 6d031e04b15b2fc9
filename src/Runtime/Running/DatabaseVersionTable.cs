using FluentMigrator.Runner.VersionTableInfo;

namespace BackendInABox.Running;

/// <summary>
/// FluentMigrator's version table of one of the app's databases: FluentMigrator's own names for the default, else the
/// database's (<see cref="Shared.RunnerTables"/>), index included, since PostgreSQL scopes index names to the schema.
/// </summary>
/// <param name="schema">The connection's current schema, where FluentMigrator is to look for the table; empty without a connection.</param>
internal sealed class DatabaseVersionTable(string database, string schema) : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => schema;

    public string TableName => Shared.RunnerTables.VersionsOf(database);

    public string ColumnName => "Version";

    public string DescriptionColumnName => "Description";

    public string UniqueIndexName => Shared.RunnerTables.VersionIndexOf(database);

    public string AppliedOnColumnName => "AppliedOn";

    public bool CreateWithPrimaryKey => false;
}
