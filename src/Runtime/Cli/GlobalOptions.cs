using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BackendInABox.Cli;

/// <summary>The options every migrate command takes (--database, --connection, --wait, --verbose), and running a command with them.</summary>
internal sealed class GlobalOptions
{
    private readonly Option<string?> _database = new("--database", "-d")
    {
        Description = "The database to work on, for an app that declares several (default: every database for up and status; required by the other commands then).",
        Recursive = true,
        HelpName = "name",
    };

    private readonly Option<string?> _connection = new("--connection")
    {
        Description = "Connection string or postgres:// URL (default: DATABASE_URL, then ConnectionStrings:Default, then an embedded SQLite file).",
        Recursive = true,
    };

    private readonly Option<int?> _wait = new("--wait")
    {
        Description = "Wait up to this many seconds for the database to accept connections.",
        Recursive = true,
        HelpName = "seconds",
    };

    private readonly Option<bool> _verbose = new("--verbose") { Description = "Show the SQL as it runs and full error details.", Recursive = true };

    public GlobalOptions()
    {
        _wait.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds < 0)
            {
                r.AddError("--wait must be 0 or more seconds.");
            }
        });
    }

    /// <summary>Adds the options to <paramref name="command"/>; they are recursive, so every subcommand takes them.</summary>
    public Command AddTo(Command command)
    {
        command.Options.Add(_database);
        command.Options.Add(_connection);
        command.Options.Add(_wait);
        command.Options.Add(_verbose);
        return command;
    }

    /// <summary>
    /// Takes the global options into <paramref name="host"/>, then runs the command's action with its exit code. The
    /// command works on one database: with several declared, --database must name it.
    /// </summary>
    public Task<int> RunAsync(HostContext host, ParseResult result, Func<Task<int>> action)
    {
        Take(host, result);
        return CommandExecution.RunAsync(host, () =>
        {
            if (host.DatabaseOption is null && host.Owner.Databases.Count > 1)
            {
                throw new UserError(
                    $"`migrate {result.CommandResult.Command.Name}` works on one database, and this app declares {host.Owner.Databases.Count}: {host.Owner.Names()}.",
                    $"Name it with --database (or -d), e.g. `dotnet run -- migrate --database {host.Owner.Databases[^1].Database} {result.CommandResult.Command.Name} ...`.",
                    exitCode: 2);
            }

            return action();
        });
    }

    /// <summary>
    /// Runs the action for the database --database names, else for every database in declaration order (each headed by
    /// its name); <paramref name="untilFailure"/> stops at the first that fails and says which were done and which not.
    /// </summary>
    public async Task<int> RunEachAsync(HostContext host, ParseResult result, bool untilFailure, Func<HostContext, Task<int>> action)
    {
        Take(host, result);
        IReadOnlyList<Manifest.BuildManifest> databases = [];
        var found = await CommandExecution.RunAsync(host, () =>
        {
            databases = host.Owner.Databases;
            return Task.FromResult(0);
        });
        if (found != 0)
        {
            return found;
        }

        if (host.DatabaseOption is not null || databases.Count == 1)
        {
            return await CommandExecution.RunAsync(host, () => action(host));
        }

        var codes = new List<int>();
        for (var i = 0; i < databases.Count; i++)
        {
            var scoped = host.For(databases[i].Database);
            scoped.Say($"{(i == 0 ? string.Empty : "\n")}== {databases[i].Database} ==");
            var code = await CommandExecution.RunAsync(scoped, () => action(scoped));
            codes.Add(code);
            if (untilFailure && code != 0)
            {
                var done = databases.Take(i).Select(d => d.Database).ToList();
                host.Warn($"Stopped at the database {databases[i].Database} (exit code {code}). Done: {(done.Count == 0 ? "none" : string.Join(", ", done))}; not done: {string.Join(", ", databases.Skip(i).Select(d => d.Database))}.");
                return code;
            }
        }

        // A failure outranks a report that needs attention, which outranks success.
        return codes.FirstOrDefault(c => c is not 0 and not Commands.StatusCommand.NeedsAttention, codes.Max());
    }

    private void Take(HostContext host, ParseResult result)
    {
        host.DatabaseOption = result.GetValue(_database) is { Length: > 0 } database ? database.Trim() : null;
        host.ConnectionOption = result.GetValue(_connection);
        host.WaitSeconds = result.GetValue(_wait);
        host.Verbose = result.GetValue(_verbose);
    }
}
