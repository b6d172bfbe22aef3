namespace DexFlow.Contracts.Events;

/// <summary>
/// Something that happened to an order or a parcel: one entry of its history as it was committed. <see cref="Position"/>
/// is where it stands in the event log (what a live client resumes after); <see cref="Id"/> names it for good, so that
/// whoever acts on it can tell a redelivery from a new event. <see cref="Type"/> is the subject's kind and the action,
/// e.g. <c>Order.RejectQa</c> or <c>Parcel.Route</c>. <see cref="Summary"/> is the history entry's details: an event
/// reaches only those who may read that entry.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.domain-event")]
public sealed record DomainEvent(
    [property: Id(0)] long Id,
    [property: Id(1)] string Position,
    [property: Id(2)] string Type,
    [property: Id(3)] string SubjectKind,
    [property: Id(4)] string Subject,
    [property: Id(5)] long Version,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] string ActorId,
    [property: Id(8)] string ActorName,
    [property: Id(9)] string FromStage,
    [property: Id(10)] string Stage,
    [property: Id(11)] string? Summary);
