using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace DexFlow.Grains.Events;

/// <summary>
/// The events relayed lately, held on each silo for the live clients it serves: one subscription to the live stream
/// per silo, however many clients there are. The window is contiguous: it holds every event after its start, so a
/// client whose position is in it needs no query. A batch that does not follow the window (the silo subscribed late,
/// the relay moved and skipped ahead) starts a new window; older positions are read from the log.
/// </summary>
public sealed partial class LiveEventsHub(IClusterClient client, ILogger<LiveEventsHub> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Events held at most; the older half goes when it is reached.</summary>
    public const int Capacity = 20_000;

    private readonly Lock _lock = new();
    private readonly List<LoggedEvent> _window = [];
    private EventPosition? _start;
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StreamSubscriptionHandle<RelayedEvents>? _subscription;

    /// <summary>Completes when the next batch arrives.</summary>
    public Task Arrival
    {
        get
        {
            lock (_lock)
            {
                return _arrival.Task;
            }
        }
    }

    /// <summary>At most <paramref name="max"/> events after <paramref name="position"/>; null when the window does not reach back to it.</summary>
    public ImmutableArray<LoggedEvent>? After(EventPosition position, int max)
    {
        lock (_lock)
        {
            if (_start is not { } start || position < start)
            {
                return null;
            }

            var first = FirstAfter(position);
            return [.. _window.GetRange(first, Math.Min(max, _window.Count - first))];
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LiveEventsHub), ServiceLifecycleStage.Active, Subscribe, Unsubscribe);

    private async Task Subscribe(CancellationToken cancellationToken) =>
        _subscription = await client.GetStreamProvider(EventStreams.Provider).GetStream<RelayedEvents>(EventStreams.All).SubscribeAsync(OnRelayed);

    private async Task Unsubscribe(CancellationToken cancellationToken)
    {
        try
        {
            if (_subscription is { } subscription)
            {
                await subscription.UnsubscribeAsync();
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The silo is going: its subscription goes with it.
            LogUnsubscribeFailed(exception);
        }
    }

    private Task OnRelayed(RelayedEvents batch, StreamSequenceToken? token)
    {
        TaskCompletionSource arrived;
        lock (_lock)
        {
            var last = _window.Count > 0 ? _window[^1].Position : _start;
            if (last is not { } held || batch.From > held)
            {
                _window.Clear();
                _start = batch.From;
                last = batch.From;
            }

            _window.AddRange(batch.Events.Where(logged => logged.Position > last.Value));
            if (_window.Count > Capacity)
            {
                var dropped = _window.Count - Capacity / 2;
                _start = _window[dropped - 1].Position;
                _window.RemoveRange(0, dropped);
            }

            (arrived, _arrival) = (_arrival, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        arrived.TrySetResult();
        return Task.CompletedTask;
    }

    // The window is in position order: the first event after a position is found by halving.
    private int FirstAfter(EventPosition position)
    {
        var (low, high) = (0, _window.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _window[middle].Position > position ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live stream subscription could not be ended")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
