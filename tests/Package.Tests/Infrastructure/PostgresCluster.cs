using System.Net;
using System.Net.Sockets;

namespace BackendInABox.Package.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server of the test's own (scripts/pg-cluster.sh), started when the test says so: the
/// entrypoint test needs a database that is down at first and comes up while the entrypoint waits.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _directory;

    private PostgresCluster(string directory, int port, string password)
    {
        _directory = directory;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    /// <summary>The `postgres` database of the cluster as a DATABASE_URL.</summary>
    public string Url => $"postgres://postgres:{Password}@127.0.0.1:{Port}/postgres";

    /// <summary>Reserves a free port and a folder; nothing listens until <see cref="StartAsync"/>.</summary>
    public static PostgresCluster Plan()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var directory = Path.Combine(Path.GetTempPath(), "biab-pkg-pg-" + Guid.NewGuid().ToString("N")[..12]);
        return new PostgresCluster(directory, port, "pw" + Guid.NewGuid().ToString("N")[..12]);
    }

    public async Task StartAsync() =>
        (await Script("start", _directory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Password)).EnsureSuccess();

    public async ValueTask DisposeAsync() => await Script("destroy", _directory);

    private static Task<ProcessResult> Script(params string[] arguments) =>
        RunningProcess.RunAsync("bash", [Repository.PathOf("scripts", "pg-cluster.sh"), .. arguments], Repository.Root, TimeSpan.FromMinutes(2));
}
