using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>The pieces every stage's diagnostic messages are worded with, so that all messages read alike.</summary>
internal static class Wording
{
    /// <summary>Keeps messages readable when the offending value is a huge scalar.</summary>
    public static string Shorten(string value, int max = 60) =>
        value.Length <= max ? value : value.Substring(0, max) + "…";

    /// <summary>A phrase such as "field User.email" at the start of a sentence.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Model.field, or only the field while the model has no valid name.</summary>
    public static string Qualified(string? model, string field) => model is null ? field : model + "." + field;

    /// <summary>Messages name the other file concerned by its name alone; the diagnostic's location gives the path.</summary>
    public static string FileName(string path) => Path.GetFileName(path);

    /// <summary>"a", "a or b", "a, b or c": the alternatives a message offers.</summary>
    public static string List(IEnumerable<string> items, string last = "or")
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + $" {last} " + list[list.Count - 1];
    }
}
