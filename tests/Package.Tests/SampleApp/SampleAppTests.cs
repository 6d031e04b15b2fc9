using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.SampleApp;

/// <summary>The SampleApp as its README describes it: `migrate up`, then run it to see the entities in use.</summary>
public sealed class SampleAppTests : IDisposable
{
    private readonly TempDirectory _dir = new("sample");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task After_migrate_up_on_SQLite_the_app_upserts_and_lists_rows_and_can_run_again()
    {
        var environment = SampleAppRun.Sqlite(_dir.File("sample.db"));

        (await SampleAppRun.RunAsync(environment, "migrate", "up")).EnsureSuccess();
        var first = (await SampleAppRun.RunAsync(environment)).EnsureSuccess();
        var second = (await SampleAppRun.RunAsync(environment)).EnsureSuccess();

        Assert.Contains("on SQLite", first.Output);
        SampleAppRun.AssertPrintedRows(first.Output);
        SampleAppRun.AssertPrintedRows(second.Output);
    }

    [Fact]
    public async Task The_READMEs_diagram_is_what_migrate_diagram_prints_for_the_SampleApp()
    {
        var readme = (await File.ReadAllTextAsync(Repository.PathOf("README.md"))).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```mermaid\n", readme.IndexOf("### migrate diagram", StringComparison.Ordinal), StringComparison.Ordinal) + "```mermaid\n".Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var printed = (await SampleAppRun.RunAsync(SampleAppRun.Sqlite(_dir.File("unused.db")), "migrate", "diagram")).EnsureSuccess().Output;

        Assert.Equal(shown, printed.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task After_migrate_up_on_PostgreSQL_the_app_upserts_and_lists_rows()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var environment = SampleAppRun.Postgres(database);

        (await SampleAppRun.RunAsync(environment, "migrate", "up")).EnsureSuccess();
        var run = (await SampleAppRun.RunAsync(environment)).EnsureSuccess();
        (await SampleAppRun.RunAsync(environment)).EnsureSuccess();

        Assert.Contains("on PostgreSQL", run.Output);
        SampleAppRun.AssertPrintedRows(run.Output);
    }

    [Fact]
    public async Task On_a_database_that_is_not_migrated_the_app_says_so_and_exits_1()
    {
        var run = await SampleAppRun.RunAsync(SampleAppRun.Sqlite(_dir.File("empty.db")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("migrate up", run.Output);
        Assert.DoesNotContain("Teams:", run.Output);
    }
}
