using System.CommandLine;
using BackendInABox.Cli;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate init`: creates the database if it is missing (an SQLite file inside a git work tree goes into .gitignore);
/// writes the first migration when the app has a schema but no migration yet; then migrates to the newest.
/// </summary>
internal sealed class InitCommand(HostContext host)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        var driver = await DatabaseSession.PrepareAsync(host, cancellationToken);
        host.Say(await driver.CreateIfMissingAsync(cancellationToken)
            ? $"Created {driver.Target.Describe()}."
            : $"{driver.Target.Describe()} exists.");
        if (IgnoredDatabaseFiles.Ensure(driver.Target) is { } gitignore)
        {
            host.Say($"Added {Path.GetFileName(driver.Target.Database)}, its journal files and its lock file to {gitignore}, so git leaves the database out.");
        }

        if (manifest.Migrations.Count == 0)
        {
            if (manifest.Pending is null)
            {
                host.Say($"No migrations and no schema yet: add a model in {manifest.SchemaDirectory} (e.g. product.yaml), build, and run `{host.Command("init")}` again.");
                return 0;
            }

            HistoryChecks.RequireUsable(host, manifest);
            var path = new GenerateCommand(host).Write("initial schema", empty: false);
            host.Say($"Wrote the first migration {path}");
            foreach (var line in manifest.Pending.Summary)
            {
                host.Say("  + " + line);
            }

            host.Say($"Review it, rebuild (`dotnet build`), then run `{host.Suggest("init")}` (or `{host.Command("up")}`) again to apply it.");
            return 0;
        }

        HistoryChecks.RequireUsable(host, manifest);
        await UpCommand.ApplyAsync(host, driver, null, cancellationToken);
        return 0;
    }

    /// <summary>The command line of `migrate init [--allow-unknown]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var init = new Command("init", "Create the database if it is missing (and the first migration if there is none), then migrate to the newest.");
        var allowUnknown = CommandOptions.AllowUnknown();
        init.Options.Add(allowUnknown);
        init.SetAction((r, ct) => global.RunAsync(host, r, () =>
        {
            host.AllowUnknown = r.GetValue(allowUnknown);
            return new InitCommand(host).RunAsync(ct);
        }));
        return init;
    }
}
