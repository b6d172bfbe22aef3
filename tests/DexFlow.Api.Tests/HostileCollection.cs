using DexFlow.Testing;

namespace DexFlow.Api.Tests;

/// <summary>A cluster and API of their own for tests that throw hostile input at every operation, so nothing they manage to change reaches other tests.</summary>
[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "hostile";
}
