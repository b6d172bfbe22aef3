using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Pricing;

/// <summary>
/// Loads the price list in force when the silo starts, so that no command pays for the first read and a later store
/// outage fails only the writes that need the store, not every command on a silo that had not priced anything yet.
/// </summary>
public sealed partial class PriceListWarmUp(OrderEstimates estimates, ILogger<PriceListWarmUp> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PriceListWarmUp), ServiceLifecycleStage.Active, WarmUp, _ => Task.CompletedTask);

    private async Task WarmUp(CancellationToken cancellationToken)
    {
        try
        {
            await estimates.InForce(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: the first estimate loads it instead.
            LogNotLoaded(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The price list could not be loaded at start; the first estimate loads it")]
    private partial void LogNotLoaded(Exception exception);
}
