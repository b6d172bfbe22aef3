using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Events;

/// <summary>Wakes the event relay when a silo starts; from then on its reminder keeps it running somewhere in the cluster.</summary>
public sealed partial class EventRelayStart(IGrainFactory grains, ILogger<EventRelayStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(EventRelayStart), ServiceLifecycleStage.Active, Start, _ => Task.CompletedTask);

    private async Task Start(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IEventRelayGrain>(0).Start();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: another silo's start, or the relay's reminder, wakes it.
            LogNotStarted(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event relay could not be woken at start")]
    private partial void LogNotStarted(Exception exception);
}
