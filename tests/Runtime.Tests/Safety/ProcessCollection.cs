namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>Tests that start many runner processes or time a wait run one at a time, so they do not starve each other of CPU.</summary>
internal static class ProcessCollection
{
    public const string Name = "Runner processes";
}
