using System.Data.Common;
using BackendInABox.Commands;

namespace BackendInABox.Cli;

/// <summary>Runs a command: a <see cref="UserError"/> is one sentence plus details, anything else a short report (stack trace with --verbose).</summary>
internal static class CommandExecution
{
    public static async Task<int> RunAsync(HostContext host, Func<Task<int>> action)
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
}
