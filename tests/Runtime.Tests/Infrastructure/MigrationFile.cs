using System.Globalization;
using System.Text;

namespace BackendInABox.Runtime.Tests.Infrastructure;

/// <summary>Reads and writes migration files the way a user edits them by hand.</summary>
internal static class MigrationFile
{
    /// <summary>The id from the file's `id:` line.</summary>
    public static long IdOf(string path)
    {
        var line = File.ReadLines(path).First(l => l.StartsWith("id:", StringComparison.Ordinal));
        return long.Parse(line["id:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>An id <paramref name="seconds"/> after <paramref name="id"/>, still a valid UTC timestamp.</summary>
    public static long After(long id, int seconds)
    {
        var time = DateTime.ParseExact(id.ToString(CultureInfo.InvariantCulture), "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return long.Parse(time.AddSeconds(seconds).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A whole migration file as a user writes it.</summary>
    public static string Text(long id, string description, long? parent, string up, string down, bool transaction = true)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"id: {id}\n")
            .Append(CultureInfo.InvariantCulture, $"description: {description}\n");
        if (parent is { } p)
        {
            text.Append(CultureInfo.InvariantCulture, $"parent: {p}\n");
        }

        if (!transaction)
        {
            text.Append("transaction: false\n");
        }

        return text.Append("up:\n").Append(up).Append("down:\n").Append(down).ToString();
    }

    /// <summary>Keeps the header (id, description, parent, transaction) of a file and replaces its operations, as a user filling an `--empty` migration does.</summary>
    public static void ReplaceOperations(string path, string up, string down)
    {
        var header = File.ReadLines(path)
            .TakeWhile(l => !l.StartsWith("up:", StringComparison.Ordinal) && !l.StartsWith("down:", StringComparison.Ordinal))
            .Where(l => l.Length > 0);
        File.WriteAllText(path, string.Join("\n", header) + "\nup:\n" + up + "down:\n" + down);
    }
}
