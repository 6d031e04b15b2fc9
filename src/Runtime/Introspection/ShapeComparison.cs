namespace BackendInABox.Introspection;

/// <summary>What differs between an expected and a live shape, one line per fact that only one side has.</summary>
internal static class ShapeComparison
{
    public static IReadOnlyList<string> Differences(DatabaseShape expected, DatabaseShape live)
    {
        var expectedLines = expected.Lines.ToHashSet(StringComparer.Ordinal);
        var liveLines = live.Lines.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. expected.Lines.Where(l => !liveLines.Contains(l)).Select(l => "missing:    " + l),
            .. live.Lines.Where(l => !expectedLines.Contains(l)).Select(l => "unexpected: " + l),
        ];
    }
}
