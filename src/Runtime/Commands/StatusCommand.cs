using System.CommandLine;
using BackendInABox.Cli;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate status [--json]`: where the database is, what is applied and pending, which applied files were edited since,
/// which migration without a transaction stopped midway, and what schema change no migration captures yet.
/// </summary>
internal sealed class StatusCommand(HostContext host)
{
    /// <summary>The exit code when status reports something a person has to act on (README, "migrate status").</summary>
    public const int NeedsAttention = 3;

    public async Task<int> RunAsync(bool json, CancellationToken cancellationToken)
    {
        var report = await StatusReport.GatherAsync(host, cancellationToken);
        if (json)
        {
            StatusJson.Write(host, report);
        }
        else
        {
            StatusText.Write(host, report);
        }

        return report.NeedsAttention ? NeedsAttention : 0;
    }

    /// <summary>The command line of `migrate status [--json]`; the JSON document describes one database, so with several --json needs --database.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var status = new Command("status", "Show the database's version, applied and pending migrations, edited files and uncaptured schema changes.");
        var json = new Option<bool>("--json") { Description = "Write the status as JSON." };
        status.Options.Add(json);
        status.SetAction((r, ct) =>
        {
            // Set before anything is said, so every line but the document goes to standard error.
            host.Json = r.GetValue(json);
            return host.Json
                ? global.RunAsync(host, r, () => new StatusCommand(host).RunAsync(host.Json, ct))
                : global.RunEachAsync(host, r, untilFailure: false, database => new StatusCommand(database).RunAsync(json: false, ct));
        });
        return status;
    }
}
