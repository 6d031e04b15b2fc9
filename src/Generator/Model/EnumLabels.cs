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
        var chars = NameBuffer.Get(label.Length);
        var length = 0;
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
                length = AppendWord(chars, length, label, start, i);
                start = -1;
            }
        }

        return new string(chars, 0, length);
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

    /// <summary>Writes the word <c>label[start..end]</c> at <paramref name="length"/>; returns the length after it.</summary>
    private static int AppendWord(char[] chars, int length, string label, int start, int end)
    {
        var allCapitals = true;
        for (var i = start; i < end; i++)
        {
            if (label[i] >= 'a' && label[i] <= 'z')
            {
                allCapitals = false;
            }
        }

        chars[length++] = char.ToUpperInvariant(label[start]);
        for (var i = start + 1; i < end; i++)
        {
            chars[length++] = allCapitals ? char.ToLowerInvariant(label[i]) : label[i];
        }

        return length;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');
}
