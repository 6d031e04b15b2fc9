using System.Reflection;

namespace BackendInABox.Hosting;

/// <summary>How <c>AddBackendInABox</c> finds the app's database and build manifest.</summary>
public sealed class BackendInABoxOptions
{
    /// <summary>The name under ConnectionStrings. Default: "Default", which also finds "DefaultConnection".</summary>
    public string ConnectionStringName { get; set; } = "Default";

    /// <summary>
    /// The assembly whose build manifest is used (see <see cref="MigrationHostOptions.AppAssembly"/>). Default: the
    /// host's application (IHostEnvironment.ApplicationName, which WebApplicationFactory sets to the app under test).
    /// </summary>
    public Assembly? AppAssembly { get; set; }

    /// <summary>
    /// The code <c>MigrateDatabaseAsync</c> runs around migrations. Default: an <see cref="IMigrationHooks"/> registered
    /// in the services, else the one class of the app that implements it.
    /// </summary>
    public IMigrationHooks? Hooks { get; set; }

    /// <summary>
    /// When set, <c>MigrateDatabaseAsync</c> backs the database up into this folder before a run that can lose data, as
    /// <c>migrate up --backup</c> does (PostgreSQL: pg_dump -Fc, which must be on the PATH; SQLite: a copy of the file);
    /// a relative path is taken from the current directory. Default: no backup, the log warns of the data loss.
    /// </summary>
    public string? BackupDirectory { get; set; }
}
