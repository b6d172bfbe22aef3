using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Planning;

/// <summary>Every resource the shop plans with (seeded with a demo shop on first use). Use key 0.</summary>
[Alias("dexflow.resource-directory")]
public interface IResourceDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("list")]
    Task<ImmutableArray<ResourceView>> List(Caller caller);

    /// <summary>Adds or changes a resource (administrators).</summary>
    [Alias("put")]
    Task<ResourceView> Put(Caller caller, string id, ResourceSettings settings);

    /// <summary>The resources, for DexFlow's own planning.</summary>
    [Alias("all")]
    Task<ImmutableArray<ResourceView>> All();
}
