namespace RowsApp;

/// <summary>The problems of one step: each value that differs from what was expected.</summary>
internal sealed class Expect
{
    public List<string> Problems { get; } = [];

    public void Equal<T>(string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Problems.Add($"{what}: expected {expected}, got {actual}");
        }
    }
}
