using BackendInABox.Shared;
using Xunit;

namespace BackendInABox.Runtime.Tests.Databases;

/// <summary>
/// Each of an app's databases has its own history tables and lock, so two that share one physical database never mix
/// their histories; the default keeps the names and key every existing database already has.
/// </summary>
public sealed class RunnerTablesTests
{
    [Fact]
    public void The_default_database_keeps_FluentMigrators_table_and_the_existing_lock_key()
    {
        Assert.Equal("VersionInfo", RunnerTables.VersionsOf("default"));
        Assert.Equal("biab_migration_files", RunnerTables.FilesOf("default"));
        Assert.Equal("UC_Version", RunnerTables.VersionIndexOf("default"));
        Assert.Equal(0x42494142, RunnerTables.LockKeyOf("default"));
    }

    [Fact]
    public void Another_database_has_tables_and_an_index_named_after_it()
    {
        Assert.Equal("biab_analytics_version_info", RunnerTables.VersionsOf("analytics"));
        Assert.Equal("biab_analytics_migration_files", RunnerTables.FilesOf("analytics"));
        Assert.Equal("biab_analytics_uc_version", RunnerTables.VersionIndexOf("analytics"));
        Assert.Equal("biab_audit_log_version_info", RunnerTables.VersionsOf("Audit-Log"));
        Assert.Equal("AUDIT_LOG", RunnerTables.EnvironmentKey("audit-log"));
    }

    [Fact]
    public void Lock_keys_are_stable_across_runs_and_differ_per_database()
    {
        // A literal, not a recomputation: a key that changed between versions would let an old and a new runner migrate at once.
        Assert.Equal(0x424941425C10448B, RunnerTables.LockKeyOf("analytics"));
        Assert.NotEqual(RunnerTables.LockKeyOf("analytics"), RunnerTables.LockKeyOf("reports"));
        Assert.NotEqual(RunnerTables.LockKeyOf("default"), RunnerTables.LockKeyOf("reports"));
    }

    [Theory]
    [InlineData("VersionInfo", true)]
    [InlineData("versioninfo", true)]
    [InlineData("biab_migration_files", true)]
    [InlineData("biab_analytics_version_info", true)]
    [InlineData("biab_analytics_migration_files", true)]
    [InlineData("analytics_version_info", false)]
    [InlineData("customers", false)]
    public void Every_databases_runner_tables_are_told_from_model_tables(string table, bool isRunnerTable) =>
        Assert.Equal(isRunnerTable, RunnerTables.Contains(table));
}
