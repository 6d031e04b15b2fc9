using FluentMigrator.Runner.Generators.Postgres;
using FluentMigrator.Runner.Processors.Postgres;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.Options;

namespace BackendInABox.Running;

/// <summary>
/// FluentMigrator names a table without a schema as <c>"public"."t"</c>, while the generated migrations' own SQL
/// (CHECKs, enum types, sequences, triggers), the history table and introspection name it <c>"t"</c> and so reach it
/// through the connection's search path. Writing FluentMigrator's statements the same way makes every statement of a
/// run, and of <c>migrate script</c>, name the one table alike. The version table (<see cref="DatabaseVersionTable"/>)
/// names the current schema for FluentMigrator's catalog checks (<see cref="CurrentSchema"/>); its statements leave
/// that name out too.
/// </summary>
internal sealed class CurrentSchemaQuoter(IOptions<PostgresOptions> options, IVersionTableMetaData versionTable) : PostgresQuoter(options.Value)
{
    public override string QuoteSchemaName(string schemaName) =>
        string.IsNullOrEmpty(schemaName) || schemaName == versionTable.SchemaName ? string.Empty : base.QuoteSchemaName(schemaName);
}
