namespace BackendInABox.Commands;

/// <summary>
/// `migrate init`: creates the database if it is missing; writes the first migration when the app has a schema but no
/// migration yet; then migrates to the newest.
/// </summary>
internal sealed class InitCommand(Cli.HostContext host)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        host.Say(await driver.CreateIfMissingAsync(cancellationToken)
            ? $"Created {driver.Target.Describe()}."
            : $"{driver.Target.Describe()} exists.");

        if (manifest.Migrations.Count == 0)
        {
            if (manifest.Pending is null)
            {
                host.Say($"No migrations and no schema yet: add a model in {manifest.SchemaDirectory} (e.g. product.yaml), build, and run `migrate init` again.");
                return 0;
            }

            HistoryChecks.RequireUsable(manifest);
            var path = new GenerateCommand(host).Write("initial schema", empty: false);
            host.Say($"Wrote the first migration {path}");
            foreach (var line in manifest.Pending.Summary)
            {
                host.Say("  + " + line);
            }

            host.Say("Review it, rebuild (`dotnet build`), then run `dotnet run -- migrate init` (or `migrate up`) again to apply it.");
            return 0;
        }

        HistoryChecks.RequireUsable(manifest);
        await UpCommand.ApplyAsync(host, driver, null, cancellationToken);
        return 0;
    }
}
