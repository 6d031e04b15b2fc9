using System.CommandLine;
using BackendInABox.Commands;

namespace BackendInABox.Cli;

/// <summary>The `migrate` command line (System.CommandLine): commands, options, help, and exit codes 0 done, 1 failed, 2 bad usage.</summary>
internal static class MigrateCommandLine
{
    public static async Task<int> InvokeAsync(HostContext host, string[] args, CancellationToken cancellationToken)
    {
        var global = new GlobalOptions();

        // `migrate` is a command under the app's root, so help reads "MyApp migrate up" as the user types it.
        var migrate = global.AddTo(new Command("migrate", "Backend-in-a-Box migrations: apply, roll back and inspect the app's schema migrations."));
        foreach (var create in new Func<HostContext, GlobalOptions, Command>[]
        {
            InitCommand.Define, GenerateCommand.Define, UpCommand.Define, DownCommand.Define,
            StatusCommand.Define, ScriptCommand.Define, MergeCommand.Define, DiagramCommand.Define, ResetCommand.Define,
        })
        {
            migrate.Subcommands.Add(create(host, global));
        }

        var parsed = new RootCommand("The app's commands.") { migrate }.Parse(["migrate", .. args]);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await host.ErrorWriter.WriteLineAsync(HideConnectionStrings(parseError.Message, args));
            }

            return await BadUsageAsync(host, "Run `dotnet run -- migrate --help` for the commands and their options.");
        }

        if (parsed.CommandResult.Command == migrate && !args.Contains("--help") && !args.Contains("-h") && !args.Contains("-?"))
        {
            await host.ErrorWriter.WriteLineAsync("Say which migrate command to run: init, generate, up, down, status, script, merge, diagram or reset.");
            return await BadUsageAsync(host, "Run `dotnet run -- migrate --help` for details.");
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = host.Output, Error = host.ErrorWriter, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    internal static string Id(long id) => Shared.MigrationIds.ToText(id);

    private static async Task<int> BadUsageAsync(HostContext host, string hint)
    {
        await host.ErrorWriter.WriteLineAsync(hint);
        return 2;
    }

    /// <summary>A parse error may quote any argument, and a connection string holds a password: show neither.</summary>
    private static string HideConnectionStrings(string message, string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var isConnection = (i > 0 && args[i - 1] == "--connection")
                || args[i].Contains("://", StringComparison.Ordinal)
                || args[i].Contains("password", StringComparison.OrdinalIgnoreCase);
            if (isConnection && args[i].Length > 0)
            {
                message = message.Replace(args[i], "<connection string>", StringComparison.Ordinal);
            }
        }

        return message;
    }
}
