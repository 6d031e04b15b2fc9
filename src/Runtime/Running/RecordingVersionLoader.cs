using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Model;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Versioning;
using FluentMigrator.Runner.VersionTableInfo;
using BackendInABox.Manifest;

namespace BackendInABox.Running;

/// <summary>
/// FluentMigrator's version loader, which also writes the migration's row in <c>biab_migration_files</c> (<paramref name="filesTable"/>: its file's
/// hash) through the same processor. FluentMigrator records a version inside the migration's transaction, so the hash
/// commits or rolls back with the migration itself: a runner killed at migration N leaves 1..N-1 with their hashes.
/// </summary>
internal sealed class RecordingVersionLoader(IVersionLoader inner, IMigrationProcessor processor, IReadOnlyDictionary<long, ManifestMigration> migrations, string filesTable) : IVersionLoader
{
    public bool AlreadyCreatedVersionSchema => inner.AlreadyCreatedVersionSchema;

    public bool AlreadyCreatedVersionTable => inner.AlreadyCreatedVersionTable;

    public IMigrationRunner Runner { get => inner.Runner; set => inner.Runner = value; }

    public IVersionInfo VersionInfo { get => inner.VersionInfo; set => inner.VersionInfo = value; }

    public IVersionTableMetaData VersionTableMetaData => inner.VersionTableMetaData;

    public IVersionTableMetaData GetVersionTableMetaData() => inner.GetVersionTableMetaData();

    public void LoadVersionInfo() => inner.LoadVersionInfo();

    public void RemoveVersionTable() => inner.RemoveVersionTable();

    public void UpdateVersionInfo(long version) => UpdateVersionInfo(version, null!);

    public void UpdateVersionInfo(long version, string description)
    {
        if (migrations.TryGetValue(version, out var migration))
        {
            Forget(version);
            var insert = new InsertDataExpression { TableName = filesTable };
            insert.Rows.Add(new InsertionDataDefinition
            {
                new("version", migration.Id),
                new("sha256", migration.Sha256),
                new("file", migration.File),
                new("state", TrackedFileState.Applied.Name()),
                new("recorded_on", HistoryTable.Now()),
            });
            insert.ExecuteWith(processor);
        }

        inner.UpdateVersionInfo(version, description);
    }

    public void DeleteVersion(long version)
    {
        inner.DeleteVersion(version);
        Forget(version);
    }

    private void Forget(long version)
    {
        var delete = new DeleteDataExpression { TableName = filesTable };
        delete.Rows.Add(new DeletionDataDefinition { new("version", version) });
        delete.ExecuteWith(processor);
    }
}
