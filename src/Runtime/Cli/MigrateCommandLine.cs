using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using System.Globalization;
using BackendInABox.Commands;

namespace BackendInABox.Cli;

/// <summary>The `migrate` command line (System.CommandLine): commands, options, help, and exit codes 0 done, 1 failed, 2 bad usage.</summary>
internal static class MigrateCommandLine
{
    public static async Task<int> InvokeAsync(HostContext host, string[] args, CancellationToken cancellationToken)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "Connection string or postgres:// URL (default: DATABASE_URL, then ConnectionStrings:Default, then an embedded SQLite file).",
            Recursive = true,
        };
        var wait = new Option<int?>("--wait")
        {
            Description = "Wait up to this many seconds for the database to accept connections.",
            Recursive = true,
            HelpName = "seconds",
        };
        wait.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds < 0)
            {
                r.AddError("--wait must be 0 or more seconds.");
            }
        });
        var verbose = new Option<bool>("--verbose") { Description = "Show the SQL as it runs and full error details.", Recursive = true };

        // `migrate` is a command under the app's root, so help reads "MyApp migrate up" as the user types it.
        var root = new Command("migrate", "Backend-in-a-Box migrations: apply, roll back and inspect the app's schema migrations.");
        root.Options.Add(connection);
        root.Options.Add(wait);
        root.Options.Add(verbose);
        var app = new RootCommand("The app's commands.") { root };

        var init = new Command("init", "Create the database if it is missing (and the first migration if there is none), then migrate to the newest.");
        var generate = new Command("generate", "Write the next migration file from the schema change the build found.");
        var message = new Argument<string>("message") { Description = "What the migration does, e.g. \"add phone number to user\"." };
        var empty = new Option<bool>("--empty") { Description = "Write a migration with empty up and down, for a hand-written data step." };
        generate.Arguments.Add(message);
        generate.Options.Add(empty);

        var up = new Command("up", "Apply the pending migrations.");
        var upTo = IdOption("--to", "Apply migrations up to and including this id.");
        up.Options.Add(upTo);
        var allowUnknown = new Option<bool>("--allow-unknown")
        {
            Description = "Migrate even though the database has applied migrations this app does not know (a database shared on purpose).",
        };
        up.Options.Add(allowUnknown);
        init.Options.Add(allowUnknown);

        var down = new Command("down", "Roll back the newest applied migrations (default 1).");
        var steps = new Argument<int?>("count") { Description = "How many migrations to roll back.", Arity = ArgumentArity.ZeroOrOne };
        steps.Validators.Add(r =>
        {
            // Tokens, not the parsed value: a value that does not parse already has its own error.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count <= 0)
            {
                r.AddError("The number of migrations to roll back must be 1 or more.");
            }
        });
        var downTo = IdOption("--to", "Roll back every migration after this id (it stays applied); --to 0 rolls back every migration.");
        down.Arguments.Add(steps);
        down.Options.Add(downTo);

        var status = new Command("status", "Show the database's version, applied and pending migrations, edited files and uncaptured schema changes.");
        var json = new Option<bool>("--json") { Description = "Write the status as JSON." };
        status.Options.Add(json);

        var script = new Command("script", "Write the SQL that up (or down) would run, without running it.");
        var from = IdOption("--from", "Start after this id (default: the database's current version, or the beginning).");
        var to = IdOption("--to", "Stop at this id.");
        var scriptDown = new Option<bool>("--down") { Description = "Script rolling back instead (default: the newest migration)." };
        var outputFile = new Option<FileInfo?>("--output") { Description = "Write the SQL to this file instead of standard output." };
        script.Options.Add(from);
        script.Options.Add(to);
        script.Options.Add(scriptDown);
        script.Options.Add(outputFile);

        var merge = new Command("merge", "Join two heads of the migration history into one line by re-parenting the later branch.");

        foreach (var command in new[] { init, generate, up, down, status, script, merge })
        {
            root.Subcommands.Add(command);
        }

        init.SetAction((r, ct) => Run(host, r, ct, () => new InitCommand(host).RunAsync(ct)));
        generate.SetAction((r, ct) => Run(host, r, ct, () => new GenerateCommand(host).RunAsync(r.GetValue(message)!, r.GetValue(empty), ct)));
        up.SetAction((r, ct) => Run(host, r, ct, () => new UpCommand(host).RunAsync(r.GetValue(upTo), ct)));
        down.SetAction((r, ct) => Run(host, r, ct, () => new DownCommand(host).RunAsync(r.GetValue(steps), r.GetValue(downTo), ct)));
        status.SetAction((r, ct) =>
        {
            host.Json = r.GetValue(json);
            return Run(host, r, ct, () => new StatusCommand(host).RunAsync(host.Json, ct));
        });
        script.SetAction((r, ct) => Run(host, r, ct, () => new ScriptCommand(host).RunAsync(r.GetValue(from), r.GetValue(to), r.GetValue(scriptDown), r.GetValue(outputFile), ct)));
        merge.SetAction((r, ct) => Run(host, r, ct, () => new MergeCommand(host).RunAsync(ct)));

        void Configure(ParseResult r)
        {
            host.ConnectionOption = r.GetValue(connection);
            host.WaitSeconds = r.GetValue(wait);
            host.Verbose = r.GetValue(verbose);
            host.AllowUnknown = r.CommandResult.Command.Options.Contains(allowUnknown) && r.GetValue(allowUnknown);
        }

        Task<int> Run(HostContext context, ParseResult r, CancellationToken ct, Func<Task<int>> action)
        {
            Configure(r);
            return Execute(context, action);
        }

        var parsed = app.Parse(["migrate", .. args]);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await host.ErrorWriter.WriteLineAsync(HideConnectionStrings(parseError.Message, args));
            }

            await host.ErrorWriter.WriteLineAsync("Run `dotnet run -- migrate --help` for the commands and their options.");
            return 2;
        }

        if (parsed.CommandResult.Command == root && !args.Contains("--help") && !args.Contains("-h") && !args.Contains("-?"))
        {
            await host.ErrorWriter.WriteLineAsync("Say which migrate command to run: init, generate, up, down, status, script or merge.");
            await host.ErrorWriter.WriteLineAsync("Run `dotnet run -- migrate --help` for details.");
            return 2;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = host.Output, Error = host.ErrorWriter, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private static Option<long?> IdOption(string name, string description) => new(name) { Description = description, HelpName = "id" };

    /// <summary>Runs a command: a <see cref="UserError"/> is one sentence plus details, anything else a short report (stack trace with --verbose).</summary>
    private static async Task<int> Execute(HostContext host, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UserError e)
        {
            host.Warn("error: " + e.Message);
            if (e.Details is not null)
            {
                host.Warn(e.Details);
            }

            if (host.Verbose && e.InnerException is not null)
            {
                host.Warn(e.InnerException.ToString());
            }

            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            host.Warn("error: cancelled.");
            return 1;
        }
        catch (DbException e)
        {
            // A statement the runner needs (reading its history) that the database refuses, most often for privileges.
            host.Warn($"error: the database refused a statement the runner needs: {e.Message}");
            host.Warn(host.Verbose ? e.ToString() : "Check that the database user may read and write the migration history tables (VersionInfo, biab_migration_files); --verbose shows the details.");
            return 1;
        }
        catch (Exception e)
        {
            // Every failure a user can cause has its own UserError; this is a defect, still said without type names.
            host.Warn($"error: {(FileErrors.Is(e) ? "a file could not be read or written: " + FileErrors.Reason(e) : e.Message)}");
            host.Warn(host.Verbose ? e.ToString() : "This was not expected: run again with --verbose for the details, and report it.");
            return 1;
        }
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

    internal static string Id(long id) => Shared.MigrationIds.ToText(id);
}
