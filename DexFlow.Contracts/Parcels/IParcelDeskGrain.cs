using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Parcels;

/// <summary>Questions over many parcels, from the read model. Stateless; use key 0.</summary>
[Alias("dexflow.parcel-desk")]
public interface IParcelDeskGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// A page of the clerks' queue, oldest first: parcels waiting for manual indexing and failed parcels, or the parcels
    /// in <paramref name="stage"/> when given; with the total count.
    /// </summary>
    [Alias("queue-page")]
    Task<ParcelQueuePage> Queue(Caller caller, ParcelStage? stage, int page, int pageSize);
}
