using System.Runtime.CompilerServices;
using Xunit;

namespace BackendInABox.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots in Verify's naming (<c>Class.Method.verified.cs</c> beside the test file), since
/// Verify.SourceGenerators is not served here. A mismatch writes <c>*.received.cs</c> next to it; approve by
/// renaming it, or run the tests with BIAB_ACCEPT_SNAPSHOTS=1 to accept every received file.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "cs", [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("BIAB_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot {name} differs from {verified}; see {received}."
            : $"No approved snapshot {verified} yet; review {received} and rename it to approve.");
    }
}
