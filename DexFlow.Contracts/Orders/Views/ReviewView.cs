using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// Where the two parallel reviews of the current revision stand (<see cref="Accounting"/>, <see cref="Qa"/>: a
/// rejection voids the other side's approval here), and every review round as it was decided, oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.review-view")]
public sealed record ReviewView(
    [property: Id(0)] SideReview Accounting,
    [property: Id(1)] SideReview Qa,
    [property: Id(2)] ImmutableArray<ReviewRound> Rounds);
