namespace BackendInABox.Package.Tests.Package;

/// <summary>The package tests share one pack and one consumer app.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<ConsumerFixture>
{
    public const string Name = "Packed consumer app";
}
