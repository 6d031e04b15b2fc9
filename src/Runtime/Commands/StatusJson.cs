using System.Text.Json;
using System.Text.Json.Serialization;
using BackendInABox.Cli;

namespace BackendInABox.Commands;

/// <summary>`migrate status --json`: the report as one document on standard output (README lists its properties).</summary>
internal static class StatusJson
{
    public static void Write(HostContext host, StatusReport report)
    {
        var document = new StatusDocument(
            report.Target.ProviderName,
            report.Target.Database,
            report.Target.Address,
            report.Target.Source,
            report.Exists,
            report.CurrentVersion,
            report.Applied,
            report.Pending,
            [.. report.Findings.Edited.Select(m => new StatusFile(m.Id, m.File))],
            [.. report.Findings.Failed.Select(f => new StatusFile(f.Id, f.File))],
            [.. report.Findings.Unknown.Select(a => a.Id)],
            report.Heads,
            report.Uncaptured ?? [],
            report.NeedsAttention);
        host.Output.WriteLine(host.Scrub(JsonSerializer.Serialize(document, StatusJsonContext.Default.StatusDocument)));
    }
}

/// <summary>The `status --json` document; its property names are a published contract (README, "migrate status").</summary>
internal sealed record StatusDocument(
    string Provider,
    string Database,
    string Address,
    string Source,
    bool Exists,
    long? CurrentVersion,
    IReadOnlyList<StatusApplied> Applied,
    IReadOnlyList<StatusMigration> Pending,
    IReadOnlyList<StatusFile> EditedAfterApply,
    IReadOnlyList<StatusFile> FailedWithoutTransaction,
    IReadOnlyList<long> AppliedWithoutFile,
    IReadOnlyList<long> Heads,
    IReadOnlyList<string> UncapturedSchemaChanges,
    bool NeedsAttention);

/// <summary>A migration named by its id and file.</summary>
internal sealed record StatusFile(long Id, string File);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StatusDocument))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
