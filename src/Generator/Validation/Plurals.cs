using System;
using System.Collections.Generic;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// English plurals of the last word of a default table name. Humanizer's inflector would be a second private library
/// in the analyzer folder beside YamlDotNet, loaded by every compiler host, for a dozen rules; so the rules are here,
/// with the words whose plural is not made by a suffix: already plural or uncountable (document_data stays, not
/// document_datas), and the common irregular ones.
/// </summary>
internal static class Plurals
{
    private static readonly HashSet<string> Unchanged = new(StringComparer.Ordinal)
    {
        "advice", "aircraft", "analytics", "audio", "cattle", "data", "deer", "equipment", "feedback", "fish", "furniture",
        "hardware", "information", "info", "knowledge", "luggage", "media", "metadata", "money", "moose", "music", "news",
        "offspring", "people", "personnel", "police", "research", "rice", "series", "sheep", "software", "species", "staff",
        "traffic", "weather",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["person"] = "people",
        ["child"] = "children",
        ["man"] = "men",
        ["woman"] = "women",
        ["mouse"] = "mice",
        ["goose"] = "geese",
        ["foot"] = "feet",
        ["tooth"] = "teeth",
        ["ox"] = "oxen",
        ["datum"] = "data",
        ["criterion"] = "criteria",
        ["phenomenon"] = "phenomena",
        ["leaf"] = "leaves",
        ["half"] = "halves",
        ["life"] = "lives",
        ["wife"] = "wives",
        ["knife"] = "knives",
        ["shelf"] = "shelves",
        ["wolf"] = "wolves",
        ["quiz"] = "quizzes",
        ["hero"] = "heroes",
        ["potato"] = "potatoes",
        ["tomato"] = "tomatoes",
    };

    /// <summary>Endings that take -es: address → addresses, box → boxes, match → matches.</summary>
    private static readonly string[] EsEndings = { "ss", "us", "as", "x", "z", "ch", "sh" };

    /// <summary>The plural of a lower-case word: Category → categories, Address → addresses, Settings stays, Analysis → analyses.</summary>
    public static string Of(string word)
    {
        if (Unchanged.Contains(word))
        {
            return word;
        }

        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.EndsWith("y", StringComparison.Ordinal) && word.Length > 1 && "aeiou".IndexOf(word[word.Length - 2]) < 0)
        {
            return word.Substring(0, word.Length - 1) + "ies";
        }

        if (word.EndsWith("sis", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2) + "es";
        }

        if (EndsWithAny(word, EsEndings))
        {
            return word + "es";
        }

        return word.EndsWith("s", StringComparison.Ordinal) ? word : word + "s";
    }

    private static bool EndsWithAny(string text, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
