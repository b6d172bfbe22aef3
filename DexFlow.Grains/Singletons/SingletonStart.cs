using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Singletons;

/// <summary>Wakes the singleton <typeparamref name="TGrain"/> when a silo starts; from then on its reminder keeps it running.</summary>
public sealed partial class SingletonStart<TGrain>(IGrainFactory grains, ILogger<SingletonStart<TGrain>> logger) : ILifecycleParticipant<ISiloLifecycle>
    where TGrain : ISingletonGrain
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(typeof(TGrain).Name, ServiceLifecycleStage.Active, Start, _ => Task.CompletedTask);

    private async Task Start(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<TGrain>(0).Start();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: another silo's start, or the grain's reminder, wakes it.
            LogNotStarted(exception, typeof(TGrain).Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain} could not be woken at start")]
    private partial void LogNotStarted(Exception exception, string grain);
}
