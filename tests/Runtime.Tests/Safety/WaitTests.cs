using System.Diagnostics;
using BackendInABox.Runtime.Tests.Infrastructure;
using BackendInABox.Runtime.Tests.Workflows;
using Npgsql;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>`--wait N`: the container entrypoint's wait for a database that is still starting.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WaitTests
{
    /// <summary>A port no other test or engineer's cluster on this machine has: one the system just gave out and took back.</summary>
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>When it gives up is proved on a fake clock (<see cref="DatabaseWaitTests"/>); this is the real runner's exit.</summary>
    [Fact]
    public async Task Waiting_for_a_port_where_nothing_listens_gives_up_with_exit_code_1_and_says_where_and_how_long()
    {
        using var app = TestApp.Create().WithSchema("customer.yaml", Schemas.Customer);
        var build = app.Build();
        var port = FreePort();
        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Password=unused;Database=postgres";

        (await Migrate.RunWithArgumentsAsync(build, ["up", "--wait", "2", "--connection", connection]))
            .ShouldFail(1).ShouldHaveNoStackTrace().ShouldNotContain("unused")
            .ShouldContain($"Waiting for database at 127.0.0.1:{port}... (0 s of 2 s)")
            .ShouldContain($"database not reachable at 127.0.0.1:{port} after 2 s");
    }

    [Fact]
    public async Task A_database_that_starts_while_up_waits_is_migrated()
    {
        await using var app = new AppUnderTest(await PostgresServer.CreateDatabaseAsync());
        app.WithSchema("customer.yaml", Schemas.Customer);
        var initial = await app.GenerateAsync("initial schema");

        const string password = "late-cluster";
        var port = FreePort();
        var cluster = Path.Combine(Path.GetTempPath(), "biab-rt-late-" + Guid.NewGuid().ToString("N")[..8]);
        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=postgres;Timeout=3";
        try
        {
            using var runner = FixtureProcess.Start(app.Build, null, "up", "--wait", "90", "--connection", connection);
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.False(runner.HasExited, "The runner stopped before the database came up.\n" + runner.OutputSoFar);

            await ClusterAsync("start", cluster, port.ToString(System.Globalization.CultureInfo.InvariantCulture), password);
            var result = (await runner.WaitAsync(TimeSpan.FromMinutes(2))).ShouldSucceed().ShouldNotContain(password);
            result.ShouldContain("Waiting for database");

            await using var check = new NpgsqlConnection(connection + ";Pooling=false");
            await check.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'customers'", check);
            Assert.Equal(1L, await command.ExecuteScalarAsync());
            Assert.Contains(initial.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Output, StringComparison.Ordinal);
        }
        finally
        {
            await ClusterAsync("destroy", cluster);
        }
    }

    private static async Task ClusterAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Repository.PathOf("scripts", "pg-cluster.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg-cluster.sh {string.Join(" ", arguments)} failed: {await stderr}");
    }
}
