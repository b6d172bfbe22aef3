using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Events;

/// <summary>
/// The event log for live clients (a stateless worker on every silo; use key 0): the events a caller may see after a
/// position, in commit order. Any silo answers for any position, so a client that lost its silo goes on elsewhere.
/// </summary>
[Alias("dexflow.live-events-grain")]
public interface ILiveEventsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The events after <paramref name="after"/> (null: from now on) that <paramref name="caller"/> may see, waiting
    /// up to <paramref name="wait"/> for one; none when the wait ends first. The answer's position is where to ask
    /// from next.
    /// </summary>
    [Alias("next")]
    Task<LiveEvents> Next(Caller caller, string? after, TimeSpan wait);
}
