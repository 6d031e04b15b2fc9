using System.Globalization;
using BackendInABox.Package.Tests.Infrastructure;

namespace BackendInABox.Package.Tests.Package;

/// <summary>
/// The repository packed once into a local feed under a version no earlier run used, so the NuGet cache can never
/// hand a consumer a stale copy. The cached copy of that version is removed afterwards.
/// </summary>
internal sealed class PackedFeed : IDisposable
{
    private readonly TempDirectory _dir = new("feed");

    private PackedFeed(string version)
    {
        Version = version;
    }

    public string Version { get; }

    public string Folder => Path.Combine(_dir.Path, "feed");

    public string PackagePath => Path.Combine(Folder, $"BackendInABox.{Version}.nupkg");

    public static async Task<PackedFeed> PackAsync()
    {
        var feed = new PackedFeed("0.1.0-test." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        (await RunningProcess.RunAsync(
            "dotnet",
            ["pack", Repository.PathOf("src", "Runtime", "Runtime.csproj"), "-o", feed.Folder, $"-p:Version={feed.Version}",
             "--artifacts-path", Path.Combine(feed._dir.Path, "artifacts")],
            Repository.Root,
            TimeSpan.FromMinutes(5))).EnsureSuccess();
        return feed;
    }

    public void Dispose()
    {
        var cached = Path.Combine(GlobalPackagesFolder(), "backendinabox", Version.ToLowerInvariant());
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        _dir.Dispose();
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
