using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BackendInABox.Generator.Model;

/// <summary>
/// An enum array's default in canonical form: the labels as a JSON array of strings without blanks, the text
/// System.Text.Json writes for the list and so the text an SQLite column holds for it. Labels hold no control characters
/// (BIAB012), so a quote and a backslash are the only characters escaped.
/// </summary>
internal static class LabelLists
{
    public static string Format(IEnumerable<string> labels) =>
        "[" + string.Join(",", labels.Select(l => "\"" + l.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "]";

    /// <summary>The labels of a canonical list, or null when the text is not one.</summary>
    public static List<string>? Parse(string text)
    {
        if (text.Length < 2 || text[0] != '[' || text[text.Length - 1] != ']')
        {
            return null;
        }

        var labels = new List<string>();
        var i = 1;
        while (i < text.Length - 1)
        {
            if (text[i] != '"')
            {
                return null;
            }

            var label = new StringBuilder();
            i++;
            while (i < text.Length - 1 && text[i] != '"')
            {
                if (text[i] == '\\')
                {
                    i++;
                }

                label.Append(text[i]);
                i++;
            }

            labels.Add(label.ToString());
            i++;
            if (i < text.Length - 1 && text[i++] != ',')
            {
                return null;
            }
        }

        return labels;
    }
}
