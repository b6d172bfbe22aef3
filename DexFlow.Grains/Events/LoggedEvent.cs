using System.Collections.Immutable;
using DexFlow.Contracts.Events;

namespace DexFlow.Grains.Events;

/// <summary>
/// An event as the log holds it: the event, its place in the log, its action, and what the access policy needs to
/// decide who may see it (<see cref="EventVisibility"/>): the order's manager, whether it reached review and its
/// resources; the parcel's submitter.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.logged-event")]
public sealed record LoggedEvent(
    [property: Id(0)] DomainEvent Event,
    [property: Id(1)] EventPosition Position,
    [property: Id(2)] string Action,
    [property: Id(3)] string? ManagerId,
    [property: Id(4)] bool ReachedReview,
    [property: Id(5)] ImmutableArray<string> Resources,
    [property: Id(6)] string? SubmittedBy);

/// <summary>What the relay read from the log after <see cref="From"/>, in commit order.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.relayed-events")]
public sealed record RelayedEvents([property: Id(0)] EventPosition From, [property: Id(1)] ImmutableArray<LoggedEvent> Events);
