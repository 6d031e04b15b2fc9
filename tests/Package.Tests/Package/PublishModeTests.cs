using System.Runtime.InteropServices;
using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// The consumer app published as a trimmed self-contained app and as a native binary, then run the way it is
/// deployed, from an unrelated folder: `migrate init` (which creates the database and runs up), `status` and
/// `down`. Trimming would otherwise drop the generated migration classes (FluentMigrator finds them by scanning the
/// app's types), the ADO.NET providers (found by type name) and the app's hook class (found by scanning), so `up`
/// found no migrations.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class PublishModeTests(ConsumerFixture fixture)
{
    [Fact]
    public async Task A_trimmed_publish_migrates_init_status_and_down_on_SQLite()
    {
        using var copy = await CopyOfAppAsync();
        using var deployed = new TempDirectory("trimmed");
        var publish = (await PublishAsync(copy, deployed, "-p:PublishTrimmed=true")).EnsureSuccess();
        // The app's own assembly and the runtime's are clean; what the trimmer reports is FluentMigrator's.
        var others = publish.Output.Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal) && !l.Contains("FluentMigrator", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, "Trim warnings besides FluentMigrator's:\n" + string.Join("\n", others));

        await InitStatusAndDownAsync(deployed, $"Data Source={deployed.File("trimmed.db")}", () => Task.FromResult(SqliteFile.Tables(deployed.File("trimmed.db"))));
    }

    [Fact]
    public async Task A_native_AOT_publish_migrates_init_status_and_down_on_SQLite_and_PostgreSQL()
    {
        Assert.True(File.Exists("/usr/bin/clang"), "Native AOT needs clang: run scripts/install-aot-toolchain.sh (scripts/test.sh does with BIAB_TEST_AOT=1).");
        using var copy = await CopyOfAppAsync();
        using var deployed = new TempDirectory("native");
        (await PublishAsync(copy, deployed, "-p:PublishAot=true")).EnsureSuccess();
        Assert.False(File.Exists(deployed.File(ConsumerApp.Name + ".dll")), "A native publish has no managed app assembly.");

        await InitStatusAndDownAsync(deployed, $"Data Source={deployed.File("native.db")}", () => Task.FromResult(SqliteFile.Tables(deployed.File("native.db"))));
        await using var database = await PostgresServer.ReserveDatabaseAsync();
        await InitStatusAndDownAsync(deployed, database.ConnectionString, database.TablesAsync);
    }

    private static async Task InitStatusAndDownAsync(TempDirectory deployed, string connection, Func<Task<IReadOnlyList<string>>> tables)
    {
        // init creates the database (a new PostgreSQL one too) and applies the migration compiled into the app.
        var init = (await RunDeployedAsync(deployed, "init", "--connection", connection)).EnsureSuccess();
        Assert.Contains("applied ", init.Output, StringComparison.Ordinal);
        Assert.Contains("hook: after ", init.Output, StringComparison.Ordinal);
        Assert.Contains("products", await tables());

        var status = (await RunDeployedAsync(deployed, "status", "--connection", connection)).EnsureSuccess();
        Assert.Contains("Pending (0):", status.Output, StringComparison.Ordinal);
        Assert.Contains("Schema:     matches the migration history.", status.Output, StringComparison.Ordinal);

        (await RunDeployedAsync(deployed, "down", "--connection", connection)).EnsureSuccess();
        Assert.DoesNotContain("products", await tables());
    }

    /// <summary>
    /// The initialized app's sources in a folder of their own (a RID-specific restore stays out of the shared app's
    /// obj/), with a migration hook.
    /// </summary>
    private async Task<TempDirectory> CopyOfAppAsync()
    {
        var app = await fixture.InitializedAsync();
        var copy = new TempDirectory("publish-src");
        foreach (var file in Directory.EnumerateFiles(app.Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(app.Folder, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj" || relative.EndsWith(".db", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(copy.File(relative))!);
            File.Copy(file, copy.File(relative));
        }

        // Found by scanning the app's types, as `migrate` finds hooks; nothing in the app names the class.
        await File.WriteAllTextAsync(copy.File("PublishedHooks.cs"), """
            namespace ConsumerApp;

            public sealed class PublishedHooks : BackendInABox.IMigrationHooks
            {
                public Task AfterMigrationAsync(BackendInABox.MigrationEvent migration, CancellationToken cancellationToken)
                {
                    Console.WriteLine($"hook: after {migration.Id}");
                    return Task.CompletedTask;
                }
            }
            """);

        return copy;
    }

    private static Task<ProcessResult> PublishAsync(TempDirectory project, TempDirectory output, string mode) =>
        RunningProcess.RunAsync(
            "dotnet",
            ["publish", "-r", RuntimeInformation.RuntimeIdentifier, mode, "-o", output.Path],
            project.Path,
            TimeSpan.FromMinutes(10));

    /// <summary>The published executable itself (no `dotnet`: both modes are self-contained), from an unrelated folder.</summary>
    private static Task<ProcessResult> RunDeployedAsync(TempDirectory deployed, params string[] arguments) =>
        RunningProcess.RunAsync(deployed.File(ConsumerApp.Name), ["migrate", .. arguments], Path.GetTempPath(), TimeSpan.FromMinutes(2));
}
