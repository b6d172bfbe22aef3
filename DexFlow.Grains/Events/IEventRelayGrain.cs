using DexFlow.Grains.Singletons;

namespace DexFlow.Grains.Events;

/// <summary>Follows the event log and publishes it on <see cref="EventStreams.All"/>; one for the cluster (key 0).</summary>
[Alias("dexflow.event-relay")]
public interface IEventRelayGrain : ISingletonGrain;
