using System.Globalization;
using BackendInABox.Cli;

namespace BackendInABox.Commands;

/// <summary>`migrate status` for a person: the database, its version, applied and pending migrations, then the warnings.</summary>
internal static class StatusText
{
    public static void Write(HostContext host, StatusReport report)
    {
        host.Say($"Database:   {DatabaseSession.Describe(report.Target)}{(report.Exists ? string.Empty : $" — does not exist yet (run `{host.Command("init")}`)")}");
        host.Say($"Version:    {(report.CurrentVersion is { } v ? UpCommand.Describe(host.Manifest, v) : "none (no migration applied)")}");
        host.Say($"Applied ({report.Applied.Count}):");
        foreach (var migration in report.Applied)
        {
            var on = migration.AppliedOn?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?";
            host.Say($"  {MigrateCommandLine.Id(migration.Id)}  {migration.Description}  (applied {on} UTC)");
        }

        host.Say($"Pending ({report.Pending.Count}):");
        foreach (var migration in report.Pending)
        {
            host.Say($"  {MigrateCommandLine.Id(migration.Id)}  {migration.Description}  pending");
        }

        report.Findings.Warn(host);
        if (report.Heads.Count > 1)
        {
            host.Warn($"HEADS: the migration history has {report.Heads.Count} heads; run `{host.Suggest("merge")}`.");
        }

        if (report.Uncaptured is { } changes)
        {
            host.Say($"Schema:     {changes.Count} change(s) not captured in a migration; run `{host.Suggest("generate \"<message>\"")}`:");
            foreach (var line in changes)
            {
                host.Say("  " + line);
            }
        }
        else
        {
            host.Say("Schema:     matches the migration history.");
        }
    }
}
