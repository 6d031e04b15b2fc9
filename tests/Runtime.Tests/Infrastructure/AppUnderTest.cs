using System.Globalization;
using Xunit;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>
/// A user's app plus its database, driven the way a user does: edit YAML, rebuild, `migrate generate`, rebuild, `migrate up`.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private AppBuild? _build;

    public AppUnderTest(TestDatabase database)
    {
        Database = database;
    }

    public TestApp App { get; } = TestApp.Create();

    public TestDatabase Database { get; }

    public AppBuild Build => _build ?? Rebuild();

    public AppUnderTest WithSchema(string fileName, string yaml)
    {
        App.WithSchema(fileName, yaml);
        return this;
    }

    public AppBuild Rebuild() => _build = App.Build();

    public Task<RunResult> MigrateAsync(params string[] arguments) => Migrate.RunAsync(Build, Database, arguments);

    /// <summary>`migrate generate "message"` on the current build; requires success and exactly one new file, then rebuilds.</summary>
    public async Task<GeneratedMigration> GenerateAsync(string message, params string[] extra)
    {
        await WaitForNextMigrationIdAsync();
        var before = App.MigrationFiles.ToHashSet(StringComparer.Ordinal);
        var result = (await Migrate.RunWithArgumentsAsync(Build, ["generate", message, .. extra])).ShouldSucceed();
        var added = App.MigrationFiles.Where(f => !before.Contains(f)).ToList();
        Assert.True(added.Count == 1, $"Expected `migrate generate` to write one new migration file, found {added.Count}.\n{result}");
        Rebuild();
        return new GeneratedMigration(added[0], result);
    }

    /// <summary>Creates the tables of the current schema: generate the first migration, rebuild, `migrate up`.</summary>
    public async Task<GeneratedMigration> StartAsync()
    {
        var initial = await GenerateAsync("initial schema");
        Assert.Empty(Build.PendingChangeWarnings);
        (await MigrateAsync("up")).ShouldSucceed();
        return initial;
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return Database.DisposeAsync();
    }

    /// <summary>
    /// Migration ids are UTC seconds (yyyyMMddHHmmss): a person never generates twice in one second, a test would;
    /// wait until the clock has passed the newest id so every generated file gets its own.
    /// </summary>
    private async Task WaitForNextMigrationIdAsync()
    {
        // Every file counts, also one a test has set aside (another branch's migration is still that branch's id).
        var newest = Directory.GetFiles(App.MigrationsDirectory).Select(MigrationFile.IdOf).DefaultIfEmpty(0).Max();
        while (long.Parse(DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) <= newest)
        {
            await Task.Delay(100);
        }
    }
}

internal sealed record GeneratedMigration(string Path, RunResult Result)
{
    public long Id => MigrationFile.IdOf(Path);

    public string Text => File.ReadAllText(Path);
}
