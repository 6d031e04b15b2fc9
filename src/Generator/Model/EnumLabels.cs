using System.Text;

namespace BackendInABox.Generator.Model;

/// <summary>
/// Enum labels are stored exactly as written (<c>PG-13</c>, <c>ACTIVE</c>, <c>in progress</c>); the C# member a label
/// becomes is derived here, in one place, so the entity, its converter and the checks agree.
/// </summary>
internal static class EnumLabels
{
    /// <summary>PostgreSQL's limit on an enum label (bytes); the varchar + CHECK form keeps the same limit so either form takes any label.</summary>
    public const int MaxBytes = 63;

    /// <summary>
    /// The label made PascalCase: every run of ASCII letters and digits is a word, a word written all in capitals is read
    /// as a word (<c>PG-13</c> → <c>Pg13</c>, <c>ACTIVE</c> → <c>Active</c>), other words keep their inner capitals
    /// (<c>inProgress</c> → <c>InProgress</c>), so a snake_case label gives the member it always gave.
    /// </summary>
    public static string Member(string label)
    {
        var builder = new StringBuilder(label.Length);
        var start = -1;
        for (var i = 0; i <= label.Length; i++)
        {
            var inWord = i < label.Length && IsWordChar(label[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                AppendWord(builder, label.Substring(start, i - start));
                start = -1;
            }
        }

        return builder.ToString();
    }

    /// <summary>Why a label cannot be stored, or null.</summary>
    public static string? Problem(string label)
    {
        if (label.Length == 0)
        {
            return "it is empty";
        }

        var bytes = Encoding.UTF8.GetByteCount(label);
        if (bytes > MaxBytes)
        {
            return $"it is {bytes} bytes long; PostgreSQL's limit on an enum label is {MaxBytes}";
        }

        foreach (var c in label)
        {
            if (char.IsControl(c))
            {
                return "it holds a control character (a line break, tab or similar)";
            }
        }

        return null;
    }

    /// <summary>Why a chosen member name is not one, or null.</summary>
    public static string? MemberProblem(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return "a C# enum member must start with a letter";
        }

        foreach (var c in name)
        {
            if (!IsWordChar(c) && c != '_')
            {
                return "use ASCII letters, digits and underscores";
            }
        }

        return null;
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        var allCapitals = true;
        foreach (var c in word)
        {
            if (c >= 'a' && c <= 'z')
            {
                allCapitals = false;
            }
        }

        builder.Append(char.ToUpperInvariant(word[0]));
        builder.Append(allCapitals ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');
}
