using System.Collections.Immutable;
using DexFlow.Contracts.Quality;

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

    /// <summary>QA's result for each checklist item it recorded, and the version of the checklist they answer.</summary>
    [Id(5)] public ImmutableArray<ChecklistResult> Checklist { get; init; } = [];

    [Id(6)] public int? ChecklistVersion { get; init; }
}
