using System;
using System.Collections.Generic;

namespace BackendInABox.Generator.Diagnostics;

/// <summary>"Did you mean" for misspelt keys and types.</summary>
internal static class Suggestions
{
    public static string? Closest(string value, IReadOnlyList<string> candidates)
    {
        if (value.Length > 40)
        {
            return null;
        }

        var lowered = value.ToLowerInvariant();
        var digits = Digits(value);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // Names that carry different numbers (Model150, Model10) are different things, not typos of each other.
            var candidateDigits = Digits(candidate);
            if (digits.Length > 0 && candidateDigits.Length > 0 && digits != candidateDigits)
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, best.Length / 3) ? best : null;
    }

    private static string Digits(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
