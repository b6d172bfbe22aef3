namespace DexFlow.Grains.Singletons;

/// <summary>
/// A grain of which the cluster runs one (key 0) on a timer, kept running by a reminder across crashes and restarts:
/// the event relay, the watch on waiting parcels, the notifier.
/// </summary>
[Alias("dexflow.singleton")]
public interface ISingletonGrain : IGrainWithIntegerKey
{
    /// <summary>Wakes the grain; from then on its reminder keeps it running somewhere in the cluster.</summary>
    [Alias("start")]
    Task Start();
}
