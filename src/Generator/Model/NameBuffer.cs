using System;

namespace BackendInABox.Generator.Model;

/// <summary>
/// One buffer a thread to spell a derived name in (a property, a table, an enum member), so making one allocates only
/// the name itself: every field of every schema file derives some. Generators may run on several threads at once.
/// </summary>
internal static class NameBuffer
{
    [ThreadStatic]
    private static char[]? _chars;

    /// <summary>This thread's buffer, at least <paramref name="length"/> long; its contents are the caller's until it returns.</summary>
    public static char[] Get(int length)
    {
        var chars = _chars;
        if (chars is null || chars.Length < length)
        {
            _chars = chars = new char[Math.Max(length, 64)];
        }

        return chars;
    }
}
