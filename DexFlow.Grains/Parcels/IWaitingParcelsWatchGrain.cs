using DexFlow.Grains.Singletons;

namespace DexFlow.Grains.Parcels;

/// <summary>Looks for parcels waiting for a clerk too long (<see cref="WaitingParcels"/>); one for the cluster (key 0).</summary>
[Alias("dexflow.waiting-parcels-watch")]
public interface IWaitingParcelsWatchGrain : ISingletonGrain;
