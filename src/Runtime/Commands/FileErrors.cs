namespace BackendInABox.Commands;

/// <summary>A file the runner reads or writes failing, said in words: the exceptions' own texts are terse and name types.</summary>
internal static class FileErrors
{
    public static bool Is(Exception e) => e is IOException or UnauthorizedAccessException;

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied (or a folder has that name)",
        DirectoryNotFoundException => "its folder does not exist",
        FileNotFoundException => "no file can be created at that place",
        PathTooLongException => "the path is too long",
        _ => e.Message.TrimEnd('.'),
    };

    /// <summary>"Cannot {action} {path}: {reason}." with the fix as details.</summary>
    public static UserError Explain(string action, string path, Exception e, string fix) =>
        new($"Cannot {action} {path}: {Reason(e)}.", fix, inner: e);
}
