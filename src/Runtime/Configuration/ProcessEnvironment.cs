namespace BackendInABox.Configuration;

/// <summary>The process's environment variables, as the resolver reads them.</summary>
internal static class ProcessEnvironment
{
    public static Dictionary<string, string?> Read()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value;
        }

        return variables;
    }
}
