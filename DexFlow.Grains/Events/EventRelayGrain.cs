using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace DexFlow.Grains.Events;

/// <summary>
/// Reads the event log as it grows, in commit order, and publishes each batch on the live stream with the position it
/// follows, so that a silo's hub can tell a batch it missed. Its position is saved after each batch; a relay that moves to
/// another silo (its reminder brings it back) goes on from there, and repeats at most one batch.
/// </summary>
public sealed partial class EventRelayGrain(
    [PersistentState("event-relay", DexFlowStorage.Name)] IPersistentState<EventRelayState> relay,
    EventLog log,
    ILogger<EventRelayGrain> logger) : Grain, IEventRelayGrain, IRemindable
{
    /// <summary>How often the log is read when it has nothing new: the most a live client waits for an event.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);

    private const int BatchSize = 500;

    private IAsyncStream<RelayedEvents>? _stream;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!relay.RecordExists)
        {
            // Live clients follow from now on; what came before is in the log for whoever asks for it.
            relay.State = new EventRelayState(await log.End(cancellationToken));
            await relay.WriteStateAsync(cancellationToken);
        }

        _stream = this.GetStreamProvider(EventStreams.Provider).GetStream<RelayedEvents>(EventStreams.All);
        this.RegisterGrainTimer(Relay, new GrainTimerCreationOptions(Period, Period) { KeepAlive = true });
        await this.RegisterOrUpdateReminder("relay", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public Task Start() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task Relay(CancellationToken cancellationToken)
    {
        try
        {
            int read;
            do
            {
                var from = relay.State.Position;
                var events = await log.After(from, BatchSize, cancellationToken);
                read = events.Length;
                if (read == 0)
                {
                    return;
                }

                await _stream!.OnNextAsync(new RelayedEvents(from, events));
                relay.State = new EventRelayState(events[^1].Position);
                await relay.WriteStateAsync(cancellationToken);
            }
            while (read == BatchSize && !cancellationToken.IsCancellationRequested);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again from the saved position; clients get what the hubs miss from the log.
            LogRelayFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying the event log failed; trying again")]
    private partial void LogRelayFailed(Exception exception);
}

[GenerateSerializer, Immutable, Alias("dexflow.event-relay-state")]
public sealed record EventRelayState([property: Id(0)] EventPosition Position);
