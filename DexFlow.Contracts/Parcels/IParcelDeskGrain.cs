using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Parcels;

/// <summary>Questions over many parcels, from the read model. Stateless; use key 0.</summary>
[Alias("dexflow.parcel-desk")]
public interface IParcelDeskGrain : IGrainWithIntegerKey
{
    /// <summary>The clerks' queue: parcels waiting for manual indexing and failed parcels, oldest first.</summary>
    [Alias("queue")]
    Task<ImmutableArray<ParcelSummary>> Queue(Caller caller);
}
