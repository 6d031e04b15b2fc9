namespace BackendInABox.Generator.Parsing;

internal static class Text
{
    /// <summary>Keeps messages readable when the offending value is a huge scalar.</summary>
    public static string Shorten(string value, int max = 60) =>
        value.Length <= max ? value : value.Substring(0, max) + "…";
}
