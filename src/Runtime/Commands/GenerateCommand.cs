using System.CommandLine;
using System.Globalization;
using System.Text;
using BackendInABox.Cli;

namespace BackendInABox.Commands;

/// <summary>`migrate generate "message" [--empty]`: writes the next migration file from the pending change the build computed.</summary>
internal sealed class GenerateCommand(HostContext host)
{
    public Task<int> RunAsync(string message, bool empty, CancellationToken cancellationToken)
    {
        var manifest = host.Manifest;
        HistoryChecks.RequireUsable(host, manifest);
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new UserError($"Say what the migration does, e.g. `{host.Command("generate \"add phone number to user\"")}`.", exitCode: 2);
        }

        if (manifest.Pending is null && !empty)
        {
            host.Say("No schema changes to capture: the schema files match what the migration history produces.");
            host.Say($"For a hand-written data step, run `{host.Suggest("generate \"<message>\" --empty")}`.");
            return Task.FromResult(0);
        }

        var path = Write(message.Trim(), empty);
        host.Say($"Wrote {path}");
        if (!empty)
        {
            foreach (var line in manifest.Pending!.Summary)
            {
                host.Say("  + " + line);
            }

            if (manifest.Pending.DataLoss.Count > 0)
            {
                host.Warn("WARNING: this migration can lose data:");
                foreach (var line in manifest.Pending.DataLoss)
                {
                    host.Warn("  ! " + line);
                }

                host.Warn($"Review the file before `{host.Command("up")}`; `{host.Command("up --backup <folder>")}` backs the database up before it runs.");
            }

            if (manifest.Pending.Rollback.Count > 0)
            {
                host.Warn($"WARNING: rolling this migration back (`{host.Command("down")}`) needs your attention:");
                var header = HeaderLines(path, manifest.Pending.Yaml);
                foreach (var note in manifest.Pending.Rollback)
                {
                    host.Warn($"  ! {Path.GetFileName(path)}:{(header + note.Line).ToString(CultureInfo.InvariantCulture)}: {note.Message}");
                }
            }
        }
        else
        {
            host.Say("  (empty: write its up and down steps, e.g. `- sql: \"UPDATE ...\"`)");
        }

        host.Say($"Review it, rebuild, then run `{host.Suggest("up")}`.");
        return Task.FromResult(0);
    }

    /// <summary>Writes the file and returns its path; also used by `migrate init` for the first migration.</summary>
    public string Write(string message, bool empty)
    {
        var manifest = host.Manifest;
        var id = NextId(manifest.Migrations.Select(m => m.Id).DefaultIfEmpty(0).Max());
        if (!Directory.Exists(manifest.ProjectDirectory))
        {
            // A published app far from its sources: recreating the build machine's folders would hide the file.
            throw new UserError(
                $"The project folder the app was built in ({manifest.ProjectDirectory}) does not exist here, and migration files belong in it.",
                $"Write migrations where the app is developed: `{host.Suggest("generate \"<message>\"")}` in the project, then rebuild and publish.");
        }

        var directory = manifest.MigrationsDirectory;
        var path = Path.Combine(directory, $"{MigrateCommandLine.Id(id)}_{Slug(message)}.yaml");
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (FileErrors.Is(e))
        {
            throw FileErrors.Explain("create the migrations folder", directory, e, "`migrate generate` writes into the project's migrations folder: run it from the project (`dotnet run`), where that folder can be written.");
        }

        if (File.Exists(path) || Directory.GetFiles(directory, MigrateCommandLine.Id(id) + "_*.y*ml").Length > 0)
        {
            throw new UserError($"A migration with id {MigrateCommandLine.Id(id)} already exists in {directory}.", "Wait a second and run the command again.");
        }

        var text = new StringBuilder()
            .Append(EditorSchemas.MigrationModeline).Append('\n')
            .Append("id: ").Append(MigrateCommandLine.Id(id)).Append('\n')
            .Append("description: ").Append(Shared.YamlScalars.Write(message, inFlow: false)).Append('\n');
        if (manifest.HeadId is { } parent)
        {
            text.Append("parent: ").Append(MigrateCommandLine.Id(parent)).Append('\n');
        }

        text.Append(empty ? Shared.StoredFormsLine.Text + "up: []\ndown: []\n" : manifest.Pending!.Yaml);
        try
        {
            File.WriteAllText(path, text.ToString());
        }
        catch (Exception e) when (FileErrors.Is(e))
        {
            throw FileErrors.Explain("write the migration", path, e, "Make the migrations folder writable for this user.");
        }

        return path;
    }

    /// <summary>The lines before the operations' text (id, description, parent), so a note's line in that text is a line of the file.</summary>
    private static int HeaderLines(string path, string operations) =>
        File.ReadLines(path).Count() - operations.Count(c => c == '\n');

    /// <summary>UTC now as a migration id, kept after the newest id so the history's order and the version order agree.</summary>
    private static long NextId(long newest)
    {
        var id = Shared.MigrationIds.FromTime(DateTime.UtcNow);
        return id > newest ? id : Shared.MigrationIds.FromTime(Shared.MigrationIds.ToTime(newest).AddSeconds(1));
    }

    public static string Slug(string message)
    {
        var slug = new StringBuilder();
        foreach (var c in message.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '_')
            {
                slug.Append('_');
            }

            if (slug.Length >= 50)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('_');
        return result.Length == 0 ? "migration" : result;
    }

    /// <summary>The command line of `migrate generate "message" [--empty]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var generate = new Command("generate", "Write the next migration file from the schema change the build found.");
        var message = new Argument<string>("message") { Description = "What the migration does, e.g. \"add phone number to user\"." };
        var empty = new Option<bool>("--empty") { Description = "Write a migration with empty up and down, for a hand-written data step." };
        generate.Arguments.Add(message);
        generate.Options.Add(empty);
        generate.SetAction((r, ct) => global.RunAsync(host, r, () => new GenerateCommand(host).RunAsync(r.GetValue(message)!, r.GetValue(empty), ct)));
        return generate;
    }
}
