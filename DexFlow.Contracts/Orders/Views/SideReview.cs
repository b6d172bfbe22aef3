using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders.Views;

[GenerateSerializer, Immutable, Alias("dexflow.side-review")]
public sealed record SideReview(
    [property: Id(0)] ReviewOutcome Outcome,
    [property: Id(1)] string? ReviewerId,
    [property: Id(2)] string? ReviewerName,
    [property: Id(3)] DateTimeOffset? DecidedAt,
    [property: Id(4)] ImmutableArray<string> Reasons)
{
    public static SideReview Pending { get; } = new(ReviewOutcome.Pending, null, null, null, []);
}
