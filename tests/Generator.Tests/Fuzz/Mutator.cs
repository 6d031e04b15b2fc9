using System.Text;

namespace BackendInABox.Generator.Tests.Fuzz;

/// <summary>
/// Breaks YAML text the ways people and tools do (cuts, stray punctuation, binary junk, deep nesting, huge values) and
/// the ways an attacker would: every Unicode line terminator, raw and as YAML escapes, and C# code behind them.
/// </summary>
internal sealed class Mutator(int seed)
{
    private const string Punctuation = ":-[]{}&*!|>'\"#%@`,?\t\n ";

    /// <summary>The type a payload declares if it ever escapes into generated code.</summary>
    public const string PayloadType = "P";

    /// <summary>Characters C# ends a line at, and the YAML double-quoted escapes that produce them.</summary>
    public static readonly string[] Terminators = ["\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029"];
    public static readonly string[] YamlEscapes = ["\\r", "\\n", "\\r\\n", "\\N", "\\L", "\\P", "\\x85", "\\u2028", "\\u2029"];

    private const string Code = "public static class " + PayloadType + " { [System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { System.Console.WriteLine(\\\"P\\\"); } }";
    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var result = text;
        var rounds = 1 + _random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            result = _random.Next(11) switch
            {
                9 => Insert(result, Terminators[_random.Next(Terminators.Length)] + Hostile()),
                10 => HostileDescription(result),
                0 => Delete(result),
                1 => Insert(result, Punctuation[_random.Next(Punctuation.Length)].ToString()),
                2 => Insert(result, RandomBytes(1 + _random.Next(16))),
                3 => Insert(result, new string('[', 1 + _random.Next(200)) + new string(']', _random.Next(200))),
                4 => Insert(result, new string('x', 1000 + _random.Next(100_000))),
                5 => SwapLines(result),
                6 => DuplicateLine(result),
                7 => Reindent(result),
                _ => ReplaceWord(result),
            };
        }

        return result;
    }

    /// <summary>Text that must stay text wherever it lands: comment, XML doc and string-literal breakers.</summary>
    private string Hostile()
    {
        string[] pieces = ["*/", "</summary>", "<", "&", "\"", "'", "\\", "//", "#"];
        return pieces[_random.Next(pieces.Length)] + pieces[_random.Next(pieces.Length)];
    }

    /// <summary>Replaces a description (or adds one) with code behind an escaped line terminator, as in issue 9.</summary>
    private string HostileDescription(string text)
    {
        var escape = YamlEscapes[_random.Next(YamlEscapes.Length)];
        var value = $"description: \"The title.{escape}{Code}{escape}//{Hostile().Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("description:", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = value;
        }
        else
        {
            lines.Insert(0, value);
        }

        return string.Join('\n', lines);
    }

    private int Position(string text) => text.Length == 0 ? 0 : _random.Next(text.Length + 1);

    private string Delete(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = _random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + _random.Next(40));
        return text.Remove(start, length);
    }

    private string Insert(string text, string value) => text.Insert(Position(text), value);

    private string RandomBytes(int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append((char)_random.Next(0, 256));
        }

        return builder.ToString();
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return text;
        }

        var a = _random.Next(lines.Length);
        var b = _random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var index = _random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    private string Reindent(string text)
    {
        var lines = text.Split('\n');
        var index = _random.Next(lines.Length);
        lines[index] = new string(' ', _random.Next(8)) + lines[index].TrimStart();
        return string.Join('\n', lines);
    }

    private string ReplaceWord(string text)
    {
        string[] words = ["type", "string", "ref", "enum", "primary", "null", "~", "true", "-1", "99999999999999999999", "''", "\"\\u0000\"", "id", "parent", "up", "down"];
        var position = Position(text);
        var end = position;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text.Remove(position, end - position).Insert(position, words[_random.Next(words.Length)]);
    }
}
