namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// A waiting stage that has run past its limit: which wait, since when, when it was due, and how often it has been
/// flagged (once a day until the order moves on).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.deadline-view")]
public sealed record DeadlineView(
    [property: Id(0)] string Waiting,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] DateTimeOffset DueBy,
    [property: Id(3)] DateTimeOffset FlaggedAt,
    [property: Id(4)] int Times);
