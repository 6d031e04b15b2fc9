using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BackendInABox.Cli;

/// <summary>The options every migrate command takes (--connection, --wait, --verbose), and running a command with them.</summary>
internal sealed class GlobalOptions
{
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
        command.Options.Add(_connection);
        command.Options.Add(_wait);
        command.Options.Add(_verbose);
        return command;
    }

    /// <summary>Takes the global options into <paramref name="host"/>, then runs the command's action with its exit code.</summary>
    public Task<int> RunAsync(HostContext host, ParseResult result, Func<Task<int>> action)
    {
        host.ConnectionOption = result.GetValue(_connection);
        host.WaitSeconds = result.GetValue(_wait);
        host.Verbose = result.GetValue(_verbose);
        return CommandExecution.RunAsync(host, action);
    }
}
