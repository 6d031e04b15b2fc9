using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using BackendInABox.Configuration;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BackendInABox.Database;

/// <summary>
/// A copy of the database a person can restore: PostgreSQL's own custom-format dump (<c>pg_dump -Fc</c>, restored
/// with <c>pg_restore</c>), and for SQLite a consistent copy of the file through its online backup API.
/// </summary>
internal static class DatabaseBackup
{
    /// <summary>The pg_dump the run will use, found before anything changes; null when the PATH has none.</summary>
    public static string? FindPgDump(IReadOnlyDictionary<string, string?> environment)
    {
        var path = environment.TryGetValue("PATH", out var fromHost) && fromHost is not null ? fromHost : Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "pg_dump.exe" : "pg_dump"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Writes the backup into <paramref name="directory"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(DatabaseTarget target, string directory, string? pgDump, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.GetFullPath(Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(target.Database)}-{stamp}{Path.GetExtension(target.Database)}"));
            await using var source = new SqliteConnection(target.ConnectionString);
            await source.OpenAsync(cancellationToken);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            return file;
        }

        var dump = Path.GetFullPath(Path.Combine(directory, $"{target.Database}-{stamp}.dump"));
        await PgDumpAsync(target, pgDump!, dump, cancellationToken);
        return dump;
    }

    /// <summary>The connection goes through libpq's variables, so the password never appears on a command line.</summary>
    private static async Task PgDumpAsync(DatabaseTarget target, string pgDump, string file, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-Fc", "--no-password", "-f", file })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new UserError($"pg_dump ({pgDump}) could not be started: {e.Message}", "No migration ran. Check that the PostgreSQL client tools are installed.", inner: e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new UserError(
                    target.Scrub($"pg_dump failed (exit {process.ExitCode}), so no backup was written and no migration ran: {(await error).Trim()}"),
                    "pg_dump must be able to connect as the runner does, and be of the server's major version or newer.");
            }
        }
    }
}
