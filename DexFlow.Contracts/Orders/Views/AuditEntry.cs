namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// One line of an order's append-only audit trail: who did what, when, from which stage to which, and why.
/// <see cref="Version"/> is the order's version the change produced, unique per order.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string ActorName,
    [property: Id(3)] OrderAction Action,
    [property: Id(4)] OrderStage From,
    [property: Id(5)] OrderStage To,
    [property: Id(6)] int Revision,
    [property: Id(7)] string? Details,
    [property: Id(8)] long Version);
