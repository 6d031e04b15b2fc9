using BackendInABox.Runtime.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Runtime.Tests.Workflows;

/// <summary>`migrate init` keeps the embedded SQLite file, its journals and its lock out of git.</summary>
public sealed class GitIgnoreTests
{
    private static readonly string[] Ignored = ["/app.db", "/app.db-journal", "/app.db-wal", "/app.db-shm", "/app.db.migrate-lock"];

    [Fact]
    public async Task Init_in_a_git_work_tree_adds_the_database_files_to_gitignore_once()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        Directory.CreateDirectory(Path.Combine(app.Directory, ".git"));
        var gitignore = Path.Combine(app.Directory, ".gitignore");
        File.WriteAllText(gitignore, "bin/\nobj/");
        var build = app.Build();

        var first = await Migrate.RunWithArgumentsAsync(build, ["init"]);
        first.ShouldSucceed().ShouldContain($"Added app.db, its journal files and its lock file to {gitignore}");
        await Migrate.RunWithArgumentsAsync(build, ["init"]);

        var lines = File.ReadAllLines(gitignore);
        Assert.Equal(["bin/", "obj/", string.Empty, "# Backend-in-a-Box: the embedded SQLite database, its journal and its migrate lock", .. Ignored], lines);
    }

    [Fact]
    public async Task A_database_below_the_repository_root_is_ignored_by_its_path_from_the_root()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        var root = Path.GetDirectoryName(app.Directory)!;
        using var repository = new RepositoryFolder(Path.Combine(root, "repo-" + Path.GetFileName(app.Directory)));
        var database = Path.Combine(repository.Path, "src", "App", "data.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["init", "--connection", $"Data Source={database}"])).ShouldSucceed();

        Assert.Contains("/src/App/data.db.migrate-lock", File.ReadAllLines(Path.Combine(repository.Path, ".gitignore")));
    }

    [Fact]
    public async Task Patterns_that_already_ignore_the_files_by_name_are_enough()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        Directory.CreateDirectory(Path.Combine(app.Directory, ".git"));
        var gitignore = Path.Combine(app.Directory, ".gitignore");
        File.WriteAllText(gitignore, "*.db\n*.db-journal\n*.db-wal\n# *.db-shm is not ignored\n*.migrate-lock\n");

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["init"])).ShouldSucceed();

        Assert.Equal(
            ["*.db", "*.db-journal", "*.db-wal", "# *.db-shm is not ignored", "*.migrate-lock", string.Empty, "# Backend-in-a-Box: the embedded SQLite database, its journal and its migrate lock", "/app.db-shm"],
            File.ReadAllLines(gitignore));
    }

    [Fact]
    public async Task Outside_a_git_work_tree_nothing_is_written()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);

        (await Migrate.RunWithArgumentsAsync(app.Build(), ["init"])).ShouldSucceed().ShouldNotContain(".gitignore");

        Assert.False(File.Exists(Path.Combine(app.Directory, ".gitignore")));
    }

    private sealed class RepositoryFolder : IDisposable
    {
        public RepositoryFolder(string path)
        {
            Path = path;
            Directory.CreateDirectory(System.IO.Path.Combine(path, ".git"));
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
