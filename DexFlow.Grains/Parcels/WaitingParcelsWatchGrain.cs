using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Parcels;

/// <summary>Looks for parcels waiting for a clerk too long every <see cref="ParcelOptions.WaitCheckPeriod"/>.</summary>
public sealed partial class WaitingParcelsWatchGrain(WaitingParcels waiting, IOptions<ParcelOptions> options, ILogger<WaitingParcelsWatchGrain> logger)
    : Grain, IWaitingParcelsWatchGrain, IRemindable
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.WaitCheckPeriod;
        this.RegisterGrainTimer(Look, new GrainTimerCreationOptions(period, period) { KeepAlive = true });
        await this.RegisterOrUpdateReminder("look", options.Value.RetryPeriod, options.Value.RetryPeriod);
    }

    public Task Start() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task Look(CancellationToken cancellationToken)
    {
        try
        {
            await waiting.AnnounceLongerThan(options.Value.ClerkWaitAlertAfter, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next look announces what this one could not: a wait is announced once, whenever that is.
            LogLookFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for parcels waiting too long failed; looking again")]
    private partial void LogLookFailed(Exception exception);
}
