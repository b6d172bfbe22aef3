using DexFlow.Contracts.Events;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Events;

/// <summary>
/// Answers live clients on the silo that is asked: the events after a client's position from the silo's
/// <see cref="LiveEventsHub"/>, or from the log when the hub's window does not reach back that far, filtered by
/// <see cref="EventVisibility"/>; with nothing to give, it waits for the next batch. A wait that ends with nothing reads
/// the log once and wakes the relay, so a relay that is down delays events by one wait at most.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class LiveEventsGrain(EventLog log, LiveEventsHub hub) : Grain, ILiveEventsGrain
{
    private const int PageSize = 500;

    /// <summary>Events in one answer at most, and pages looked at: a client further behind gets the rest when it asks again.</summary>
    private const int MaxEvents = 1_000;

    private const int MaxPages = 20;

    public async Task<LiveEvents> Next(Caller caller, string? after, TimeSpan wait)
    {
        // From now on means from the log's end, not from this silo's window, which may lag behind it.
        var position = after is null ? await log.End() : EventPosition.Parse(after, "after");
        var deadline = DateTimeOffset.UtcNow + wait;
        var fromLog = false;
        while (true)
        {
            // Taken before looking: a batch that comes in between still ends the wait.
            var arrival = hub.Arrival;
            var (events, reached, caughtUp) = await Read(caller, position, fromLog);
            position = reached;
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (events.Count > 0 || !caughtUp || (remaining <= TimeSpan.Zero && (fromLog || wait <= TimeSpan.Zero)))
            {
                return new LiveEvents([.. events], position.ToString());
            }

            if (remaining <= TimeSpan.Zero)
            {
                fromLog = true;
                GrainFactory.GetGrain<IEventRelayGrain>(0).Start().Ignore();
                continue;
            }

            using var timeout = new CancellationTokenSource();
            await Task.WhenAny(arrival, Task.Delay(remaining, timeout.Token));
            await timeout.CancelAsync();
        }
    }

    /// <summary>
    /// The visible events after <paramref name="position"/>, the position reached (invisible events included), and
    /// whether that is the end of what there is.
    /// </summary>
    private async Task<(List<DomainEvent> Events, EventPosition Reached, bool CaughtUp)> Read(Caller caller, EventPosition position, bool fromLog)
    {
        var found = new List<DomainEvent>();
        for (var pages = 0; pages < MaxPages && found.Count < MaxEvents; pages++)
        {
            var page = (fromLog ? null : hub.After(position, PageSize)) ?? await log.After(position, PageSize);
            foreach (var logged in page)
            {
                if (EventVisibility.CanSee(caller, logged))
                {
                    found.Add(logged.Event);
                }

                position = logged.Position;
            }

            if (page.Length < PageSize)
            {
                return (found, position, true);
            }
        }

        return (found, position, false);
    }
}
