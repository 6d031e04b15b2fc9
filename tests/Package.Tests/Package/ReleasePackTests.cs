using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// The README's pack commands, run as written on a fresh clone of the repository's HEAD (commit before running
/// these): with nothing built before, so a pack that only works after a build, or only with the tests'
/// `--artifacts-path`, fails here.
/// </summary>
public sealed class ReleasePackTests
{
    [Theory]
    [InlineData("dotnet pack src/Runtime", "src/Runtime/bin/Release")]
    [InlineData("dotnet pack -c Release -o out", "out")]
    public async Task The_READMEs_pack_command_makes_the_package_on_a_fresh_clone(string command, string packageFolder)
    {
        Assert.Contains($"`{command}`", await File.ReadAllTextAsync(Repository.PathOf("README.md")));
        using var dir = new TempDirectory("fresh-clone");
        var clone = dir.File("repo");
        (await RunningProcess.RunAsync("git", ["clone", "--quiet", "--no-hardlinks", Repository.Root, clone], dir.Path, TimeSpan.FromMinutes(2))).EnsureSuccess();

        var words = command.Split(' ');
        var pack = await RunningProcess.RunAsync(words[0], words[1..], clone, TimeSpan.FromMinutes(8));

        Assert.True(pack.ExitCode == 0, pack.Describe());
        var package = Assert.Single(Directory.GetFiles(Path.Combine(clone, packageFolder), "BackendInABox.*.nupkg"));
        Assert.Equal(PackageContents.Expected, PackageContents.Entries(package));
    }
}
