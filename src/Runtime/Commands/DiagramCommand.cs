using System.CommandLine;
using System.Text;
using BackendInABox.Cli;
using BackendInABox.Manifest;

namespace BackendInABox.Commands;

/// <summary>
/// `migrate diagram [--history]`: the schema as a Mermaid ER diagram (the build wrote it from the models), or the
/// migration history as a Mermaid flowchart, oldest first, with each head marked. GitHub, GitLab and most IDEs render
/// Mermaid inside a ```mermaid block.
/// </summary>
internal sealed class DiagramCommand(HostContext host)
{
    public int Run(bool history)
    {
        var manifest = host.Manifest;
        if (history)
        {
            host.Output.Write(History(manifest));
            return 0;
        }

        if (manifest.Diagram is not { } diagram)
        {
            throw new UserError("The schema files have errors, so there is no diagram of them.", $"Fix the errors `dotnet build` reports, rebuild, and run `{host.Command("diagram")}` again.");
        }

        host.Output.Write(diagram);
        return 0;
    }

    private static string History(BuildManifest manifest)
    {
        var text = new StringBuilder("flowchart TD\n");
        var ordered = manifest.Migrations.OrderBy(m => m.Id).ToList();
        foreach (var migration in ordered)
        {
            text.Append("    m").Append(migration.Id).Append("[\"").Append(MigrateCommandLine.Id(migration.Id)).Append(' ').Append(Label(migration.Description)).Append("\"]\n");
        }

        foreach (var migration in ordered.Where(m => m.Parent is not null && manifest.Find(m.Parent.Value) is not null))
        {
            text.Append("    m").Append(migration.Parent).Append(" --> m").Append(migration.Id).Append('\n');
        }

        if (manifest.Heads.Count > 0)
        {
            text.Append("    classDef head stroke-width:3px\n");
            foreach (var head in manifest.Heads)
            {
                text.Append("    class m").Append(head.Id).Append(" head\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A description inside a quoted Mermaid label: quotes as the entity Mermaid reads, one line.</summary>
    private static string Label(string description) =>
        string.Join(" ", description.Replace("\"", "#quot;", StringComparison.Ordinal).Split((char[])['\r', '\n', '\u0085', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The command line of `migrate diagram [--history]`.</summary>
    public static Command Define(HostContext host, GlobalOptions global)
    {
        var diagram = new Command("diagram", "Print the schema as a Mermaid ER diagram (models, columns, keys, refs), or with --history the migration graph.");
        var history = new Option<bool>("--history") { Description = "Print the migration history (parents, heads) as a Mermaid flowchart instead." };
        diagram.Options.Add(history);
        diagram.SetAction((r, ct) => global.RunAsync(host, r, () => Task.FromResult(new DiagramCommand(host).Run(r.GetValue(history)))));
        return diagram;
    }
}
